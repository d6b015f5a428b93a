package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class KhabarAnalyzerTest {

    static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("body", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void ukraineFormsGiveOneTerm() throws IOException {
        try (KhabarAnalyzer a = new KhabarAnalyzer()) {
            assertThat(terms(a, "أوكرانيا اوكرانيا وأوكرانيا لأوكرانيا")).hasSize(4).containsOnly("اوكرانيا");
        }
    }

    @Test
    void bothSpellingsOfACompoundNameGiveOneTerm() throws IOException {
        try (KhabarAnalyzer a = new KhabarAnalyzer()) {
            List<String> spaced = terms(a, "عبد الفتاح السيسي");
            assertThat(spaced).hasSize(2).isEqualTo(terms(a, "عبدالفتاح السيسي"));
            assertThat(terms(a, "لعبد الله")).isEqualTo(terms(a, "عبدالله"));
        }
    }

    @Test
    void sameTermsAsTextAnalyzer() throws IOException {
        String text = "صرحت المتحدثة باسم وزارة الخارجية الروسية، اليوم الأربعاء: إن #الناتو يرسل 20% من الأسلحة إلى كييف https://x.org";
        try (KhabarAnalyzer a = new KhabarAnalyzer()) {
            assertThat(terms(a, text)).isEqualTo(new TextAnalyzer().tokens(text));
        }
    }

    @Test
    void offsetsAreOriginalOffsets() throws IOException {
        String text = "قالَ: الأسلحةُ";
        try (KhabarAnalyzer a = new KhabarAnalyzer(); TokenStream ts = a.tokenStream("f", text)) {
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            assertThat(ts.incrementToken()).isTrue(); // قال is a stopword: first token is الأسلحة
            assertThat(text.substring(off.startOffset(), off.endOffset())).isEqualTo("الأسلحةُ");
            ts.end();
        }
    }

    @Test
    void searchFindsPrefixedAndUnprefixedForms() throws Exception {
        try (KhabarAnalyzer a = new KhabarAnalyzer(); Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(a))) {
                Document d = new Document();
                d.add(new TextField("body", "وصلت المساعدات لأوكرانيا عبر بولندا", Field.Store.YES));
                w.addDocument(d);
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                QueryParser qp = new QueryParser("body", a);
                assertThat(s.count(qp.parse("أوكرانيا"))).isEqualTo(1);
                assertThat(s.count(qp.parse("اوكرانيا"))).isEqualTo(1);
                assertThat(s.count(qp.parse("والمساعدات"))).isEqualTo(1);
                assertThat(s.count(qp.parse("روسيا"))).isZero();
            }
        }
    }
}
