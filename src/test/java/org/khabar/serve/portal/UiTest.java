package org.khabar.serve.portal;

import org.junit.jupiter.api.Test;
import org.khabar.serve.ArabicDates;

import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UiTest {
    final Ui ui = new Ui(new ArabicDates(ZoneId.of("Asia/Riyadh")), "/static/khabar.css");

    @Test
    void countedNounsAgreeWithTheirNumber() {
        assertThat(ui.coverage(1, 1)).isEqualTo("تقرير واحد من مصدر واحد");
        assertThat(ui.coverage(2, 2)).isEqualTo("تقريران من مصدرين");
        assertThat(ui.coverage(3, 10)).isEqualTo("3 تقارير من 10 مصادر");
        assertThat(ui.coverage(11, 99)).isEqualTo("11 تقريراً من 99 مصدراً");
        assertThat(ui.coverage(100, 102)).isEqualTo("100 تقرير من 102 مصدر");
        assertThat(ui.coverage(103, 111)).isEqualTo("103 تقارير من 111 مصدراً");
        assertThat(ui.copies(1)).isEqualTo("نسخة واحدة");
        assertThat(ui.copies(2)).isEqualTo("نسختان");
        assertThat(ui.copies(7)).isEqualTo("7 نسخ");
        assertThat(ui.reports(0)).isEqualTo("0 تقارير");
    }

    @Test
    void sharedTagsReadAsOneArabicLine() {
        assertThat(ui.sharedTags(List.of("الناتو", "كييف"))).isEqualTo("مشترك: الناتو، كييف");
        assertThat(ui.sharedTags(List.of())).isEmpty();
    }

    @Test
    void storyLinks() {
        assertThat(ui.storyHref(42)).isEqualTo("/stories/42");
        assertThat(ui.latestHref()).isEqualTo("/latest");
    }
}
