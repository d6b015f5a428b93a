package org.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    @Test
    void readsLinesAndSkipsAnOverlongOneWithoutLosingTheNext() throws Exception {
        BoundedLineReader r = new BoundedLineReader(new StringReader("قصير\r\n" + "x".repeat(50) + "\nبعده\nأخير"), 10);
        assertThat(r.readLine()).isEqualTo(new BoundedLineReader.Line("قصير", 5));
        BoundedLineReader.Line longLine = r.readLine();
        assertThat(longLine.tooLong()).isTrue();
        assertThat(longLine.length()).isEqualTo(50);
        assertThat(r.readLine().text()).isEqualTo("بعده");
        assertThat(r.readLine().text()).as("last line without newline").isEqualTo("أخير");
        assertThat(r.readLine()).isNull();
    }

    @Test
    void emptyLinesAreLines() throws Exception {
        BoundedLineReader r = new BoundedLineReader(new StringReader("\n\na\n"), 10);
        assertThat(r.readLine().text()).isEmpty();
        assertThat(r.readLine().text()).isEmpty();
        assertThat(r.readLine().text()).isEqualTo("a");
        assertThat(r.readLine()).isNull();
    }
}
