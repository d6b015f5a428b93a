package org.khabar.analyze;

/**
 * One token.
 *
 * @param text            the token display-normalized ({@link ArabicNormalizer#normalize}), not folded
 * @param type            what kind of token it is
 * @param start           offset of its first char in the original text
 * @param end             offset after its last char in the original text
 * @param boundaryBefore  punctuation or a paragraph break separates it from the previous token (phrases never cross it)
 * @param paragraphBefore a line break separates it from the previous token
 */
public record Token(String text, TokenType type, int start, int end, boolean boundaryBefore, boolean paragraphBefore) {
}
