package org.khabar.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityAliasesTest {

    private final EntityAliases shipped = EntityAliases.get();

    @Test
    void everyNameOfAnEntityHasTheKeyOfItsFirstName() {
        String nato = TagKeys.keyOf("الناتو");
        assertThat(shipped.entityKey(TagKeys.keyOf("حلف شمال الأطلسي"))).isEqualTo(nato);
        assertThat(shipped.entityKey(TagKeys.keyOf("حلف الناتو"))).isEqualTo(nato);
        assertThat(shipped.entityKey(nato)).isEqualTo(nato);
        String us = TagKeys.keyOf("الولايات المتحدة");
        assertThat(shipped.entityKey(TagKeys.keyOf("أمريكا"))).isEqualTo(us);
        assertThat(shipped.entityKey(TagKeys.keyOf("أميركا"))).isEqualTo(us);
        assertThat(shipped.entityKey(TagKeys.keyOf("الولايات المتحدة الأمريكية"))).isEqualTo(us);
    }

    @Test
    void aPrefixedMentionFindsItsEntityAsItsTagKeyWould() {
        assertThat(shipped.entityKey(TagKeys.keyOf("ولأمريكا"))).isEqualTo(TagKeys.keyOf("الولايات المتحدة"));
        assertThat(shipped.entityKey(TagKeys.keyOf("والمملكة العربية السعودية"))).isEqualTo(TagKeys.keyOf("السعودية"));
    }

    @Test
    void otherTagsKeepTheirOwnKeys() {
        for (String label : List.of("كييف", "الخارجية الروسية", "غزة", "قطاع غزة", "ترامب", "واشنطن", "المملكة")) {
            String key = TagKeys.keyOf(label);
            assertThat(shipped.entityKey(key)).as(label).isEqualTo(key);
        }
    }

    @Test
    void theShippedListNamesManyEntitiesEachByDistinctNames() {
        assertThat(shipped.aliasCount()).isGreaterThan(50);
    }

    @Test
    void aNameListedUnderTwoEntitiesIsRefusedWithBoth() {
        assertThatThrownBy(() -> new EntityAliases(List.of(List.of("الناتو", "الحلف"), List.of("حلف وارسو", "الحلف"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("الحلف").hasMessageContaining("الناتو").hasMessageContaining("حلف وارسو");
    }

    @Test
    void anEditorsMergesFollowTheShippedAliasesAndRankAfterTheNamesOfTheTagTheyJoined() {
        String trump = TagKeys.keyOf("ترامب");
        String donald = TagKeys.keyOf("دونالد ترامب");
        String nato = TagKeys.keyOf("الناتو");
        String alliance = TagKeys.keyOf("الحلف الغربي");
        EntityAliases merged = shipped.withMerges(java.util.Map.of(trump, donald, nato, alliance));

        assertThat(merged.entityKey(trump)).isEqualTo(donald);
        assertThat(merged.entityKey(TagKeys.keyOf("حلف شمال الأطلسي"))).as("an alias follows its entity")
                .isEqualTo(alliance);
        assertThat(merged.place(donald)).isLessThan(merged.place(trump));
        assertThat(merged.place(alliance)).isLessThan(merged.place(nato));
        assertThat(merged.entityKey(TagKeys.keyOf("كييف"))).isEqualTo(TagKeys.keyOf("كييف"));
        assertThat(shipped.entityKey(trump)).as("the shipped aliases are left as they were").isEqualTo(trump);
    }

    @Test
    void aLoopOfMergesEndsInsteadOfSpinning() {
        EntityAliases looped = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> shipped.withMerges(java.util.Map.of("ا", "ب", "ب", "ا")));
        assertThat(looped.entityKey("ا")).isIn("ا", "ب");
    }
}
