package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicTokenizerTest {

    private static List<String> texts(String s) {
        return ArabicTokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void arabicWordsAndPunctuationBoundaries() {
        List<Token> t = ArabicTokenizer.tokenize("وزارة الخارجية الروسية، ماريا زاخاروفا؛ كييف؟ «الناتو»");
        assertThat(t).extracting(Token::text)
                .containsExactly("وزارة", "الخارجية", "الروسية", "ماريا", "زاخاروفا", "كييف", "الناتو");
        assertThat(t).extracting(Token::boundaryBefore).containsExactly(true, false, false, true, false, true, true);
    }

    @Test
    void diacriticsAndTatweelDoNotSplitWords() {
        assertThat(texts("تُظهر الإيــدز")).containsExactly("تظهر", "الإيدز");
    }

    @Test
    void aCompoundNameWithAbdIsOneToken() {
        assertThat(texts("قال عبد الفتاح السيسي")).containsExactly("قال", "عبد الفتاح", "السيسي");
        assertThat(texts("قال عبدالفتاح السيسي")).containsExactly("قال", "عبدالفتاح", "السيسي");
        assertThat(texts("ولعبد الله بن زايد")).containsExactly("ولعبد", "الله", "بن", "زايد"); // two letters before عبد
        assertThat(texts("ولعبد الله")).containsExactly("ولعبد", "الله");
        assertThat(texts("لعبد الله")).containsExactly("لعبد الله");
        assertThat(texts("عبد ربه")).containsExactly("عبد", "ربه"); // no ال: left as written
        assertThat(texts("عبد، الله")).containsExactly("عبد", "الله"); // punctuation between: two words
        assertThat(texts("عبد  الله")).containsExactly("عبد", "الله"); // not one space: as written
        String s = "قال عبد الرحمن";
        Token t = ArabicTokenizer.tokenize(s).get(1);
        assertThat(s.substring(t.start(), t.end())).isEqualTo("عبد الرحمن"); // highlighting spans both words
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String s = "قال: مَكتبة";
        Token t = ArabicTokenizer.tokenize(s).get(1);
        assertThat(s.substring(t.start(), t.end())).isEqualTo("مَكتبة");
        assertThat(t.text()).isEqualTo("مكتبة");
    }

    @Test
    void latinWordsStayWhole() {
        List<Token> t = ArabicTokenizer.tokenize("فيروس COVID-19 في U.S.A و O'Brien");
        assertThat(t).extracting(Token::text).containsExactly("فيروس", "COVID-19", "في", "U.S.A", "و", "O'Brien");
        assertThat(t.get(1).type()).isEqualTo(TokenType.LATIN);
    }

    @Test
    void numbersWithUnitsAndPercentages() {
        List<Token> t = ArabicTokenizer.tokenize("ارتفع 3.5% و٢٥٪ مسافة 50km بسرعة 5G عام 2024 بقيمة 1,000,000");
        assertThat(t).filteredOn(x -> x.type() == TokenType.NUMBER).extracting(Token::text)
                .containsExactly("3.5%", "25%", "50km", "5G", "2024", "1,000,000");
    }

    @Test
    void hashtagsMentionsAndUrls() {
        List<Token> t = ArabicTokenizer.tokenize("#اليمن_السعيد @khabar_news راجع https://example.com/a?b=1. و www.bbc.com/arabic");
        assertThat(t).extracting(Token::text)
                .containsExactly("#اليمن_السعيد", "@khabar_news", "راجع", "https://example.com/a?b=1", "و", "www.bbc.com/arabic");
        assertThat(t).extracting(Token::type).containsExactly(TokenType.HASHTAG, TokenType.MENTION, TokenType.ARABIC,
                TokenType.URL, TokenType.ARABIC, TokenType.URL);
    }

    @Test
    void paragraphsAreBoundaries() {
        List<Token> t = ArabicTokenizer.tokenize("الأول\nالثاني");
        assertThat(t.get(1).paragraphBefore()).isTrue();
        assertThat(t.get(1).boundaryBefore()).isTrue();
    }

    @Test
    void overlongRunsAreDroppedAndLoneSurrogatesAreBoundaries() {
        assertThat(texts("ب".repeat(10_000) + " كلمة")).containsExactly("كلمة");
        List<Token> t = ArabicTokenizer.tokenize("كلمة\uD800أخرى \uDC00 ثالثة");
        assertThat(t).extracting(Token::text).containsExactly("كلمة", "أخرى", "ثالثة");
        assertThat(t.get(1).boundaryBefore()).isTrue();
    }

    @Test
    void ligatureThatExpandsToSeveralWords() {
        assertThat(texts("محمد \uFDFA")).containsExactly("محمد", "صلى", "الله", "عليه", "وسلم");
    }

    @Test
    void emptyAndNull() {
        assertThat(ArabicTokenizer.tokenize("")).isEmpty();
        assertThat(ArabicTokenizer.tokenize(null)).isEmpty();
        assertThat(ArabicTokenizer.tokenize(" \n\t ،،")).isEmpty();
    }
}
