package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens handed out as char ranges must be exactly the tokens {@link ArabicTokenizer#tokenize} gives. */
class ArticleTokensTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(new WordAnalyzer(), Lexicon.get());

    /** What the scanner hands out, each token written as its display form. */
    private record Scanned(String text, TokenType type, int start, int end, boolean boundary, boolean paragraph,
                           boolean plain) {
    }

    private static List<Scanned> scan(String text) {
        List<Scanned> out = new ArrayList<>();
        ArabicTokenizer.scan(text, new TokenSink() {
            @Override
            public void plain(String s, int start, int end, TokenType type, boolean boundary, boolean paragraph) {
                out.add(new Scanned(s.substring(start, end), type, start, end, boundary, paragraph, true));
            }

            @Override
            public void normalized(String form, int start, int end, TokenType type, boolean boundary, boolean paragraph) {
                out.add(new Scanned(form, type, start, end, boundary, paragraph, false));
            }
        });
        return out;
    }

    private static final List<String> TRICKY = List.of(
            "وزارة الخارجية الروسية، ماريا زاخاروفا؛ كييف؟ «الناتو»",
            "فيروس COVID-19 في U.S.A و O'Brien و AT&T وشركة Apple.",
            "ارتفع 3.5% و٢٥٪ مسافة 50km بسرعة 5G عام 2024 بقيمة 1,000,000 و۱۲ و12:30 و1/2 و5‰",
            "#اليمن_السعيد @khabar_news #COVID19 # @ راجع https://example.com/a?b=1. و www.bbc.com/arabic، HTTP://X.ORG)",
            "تُظهر الإيــدز مَكتبة \u200Fالعربية\u200E \u202Bنص\u202C \u2066معزول\u2069 ك\u200Dلمة \uFEFFبداية",
            "كلمة\uD800أخرى \uDC00 ثالثة \uD83D\uDE00 وجه",
            "محمد \uFDFA و\uFEFBلا \uFB50 ﻻ",
            "الأول\nالثاني\r\nالثالث\u2028الرابع\u2029الخامس\n\nالسادس",
            "ڤيديو گاز پاکستان ی ک ٹ",
            "a" + "ب".repeat(70) + " bb " + "x".repeat(65) + " ok",
            "");

    @Test
    void scannedTokensAreTheTokensOfTokenize() {
        for (String text : TRICKY) {
            List<Scanned> scanned = scan(text);
            List<Token> tokens = ArabicTokenizer.tokenize(text);
            assertThat(scanned).hasSameSizeAs(tokens);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                Scanned s = scanned.get(i);
                assertThat(s).as(text).isEqualTo(new Scanned(t.text(), t.type(), t.start(), t.end(), t.boundaryBefore(),
                        t.paragraphBefore(), s.plain()));
                if (s.plain()) {
                    assertThat(ArabicNormalizer.normalize(s.text())).isEqualTo(s.text()); // nothing was skipped
                }
            }
        }
    }

    @Test
    void rangesAreHandedOutOnlyWhenTheTextNeedsNoNormalizing() {
        List<Scanned> s = scan("مكتبة مَكتبة COVID-19 الإيــدز");
        assertThat(s).extracting(Scanned::plain).containsExactly(true, false, true, false);
        assertThat(s).extracting(Scanned::text).containsExactly("مكتبة", "مكتبة", "COVID-19", "الإيدز");
    }

    @Test
    void aMegabyteWithoutSpacesIsDroppedLikeTokenizeDropsIt() {
        String run = "ب".repeat(1 << 20);
        assertThat(scan(run + " كلمة")).extracting(Scanned::text).containsExactly("كلمة");
        String url = "https://example.com/" + "a".repeat(1 << 20);
        assertThat(scan(url + " كلمة")).extracting(Scanned::text).containsExactly("كلمة");
        assertThat(ArabicTokenizer.tokenize(url + " كلمة")).extracting(Token::text).containsExactly("كلمة");
    }

    @Test
    void everyTokenGetsTheFactsOfItsDisplayForm() {
        for (String text : TRICKY) {
            ArticleTokens tokens = new ArticleTokens(new WordCache(VOCABULARY), 4);
            tokens.scan(text);
            tokens.scan(text); // a second text is appended, its words now found in the cache
            List<Token> once = ArabicTokenizer.tokenize(text);
            assertThat(tokens.size()).isEqualTo(2 * once.size());
            for (int i = 0; i < tokens.size(); i++) {
                Token t = once.get(i % once.size());
                assertThat(tokens.facts(i)).isSameAs(VOCABULARY.of(t.text(), t.type()));
                assertThat(tokens.facts(i).word().surface()).isEqualTo(t.text());
                assertThat(tokens.type(i)).isEqualTo(t.type());
                assertThat(tokens.boundaryBefore(i)).isEqualTo(t.boundaryBefore());
                assertThat(tokens.paragraphBefore(i)).isEqualTo(t.paragraphBefore());
            }
        }
    }
}
