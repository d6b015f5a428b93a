package org.khabar.analyze;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryAdjectivesTest {
    final CountryAdjectives countries = CountryAdjectives.get();

    private String countryOf(String label) {
        return countries.countryOf(TagKeys.keyOf(label), label).map(CountryAdjectives.Country::label).orElse(null);
    }

    @Test
    void theRegularNisbaOfEachCountryShape() {
        assertThat(CountryAdjectives.masculineAdjective("مصر")).isEqualTo("مصري");
        assertThat(CountryAdjectives.masculineAdjective("روسيا")).isEqualTo("روسي");
        assertThat(CountryAdjectives.masculineAdjective("فرنسا")).isEqualTo("فرنسي");
        assertThat(CountryAdjectives.masculineAdjective("سعودية")).isEqualTo("سعودي");
        assertThat(CountryAdjectives.masculineAdjective("بوسنة")).isEqualTo("بوسني");
        assertThat(CountryAdjectives.masculineAdjective("مالي")).isNull();
    }

    @Test
    void aDefiniteAdjectiveAloneStandsForItsCountry() {
        assertThat(countryOf("المصري")).isEqualTo("مصر");
        assertThat(countryOf("المصرية")).isEqualTo("مصر");
        assertThat(countryOf("الفرنسي")).isEqualTo("فرنسا");
        assertThat(countryOf("الروسية")).isEqualTo("روسيا");
        assertThat(countryOf("الإيراني")).isEqualTo("إيران");
        assertThat(countryOf("السعودي")).isEqualTo("السعودية");
        assertThat(countryOf("البرازيلي")).isEqualTo("البرازيل");
        assertThat(countryOf("الألماني")).isEqualTo("ألمانيا");   // its alef-lam is no article
        assertThat(countryOf("الإماراتي")).isEqualTo("الإمارات");
    }

    @Test
    void everythingElseStaysAsShown() {
        assertThat(countryOf("مصر")).isNull();                 // the country itself
        assertThat(countryOf("السعودية")).isNull();
        assertThat(countryOf("أوكراني")).isNull();             // indefinite: the seed page's editors kept it
        assertThat(countryOf("تركي")).isNull();                // and a given name
        assertThat(countryOf("المالي")).isNull();              // "financial" far more often than Malian
        assertThat(countryOf("الرئيس المصري")).isNull();       // a phrase is not a fragment
        assertThat(countryOf("الحوثي")).isNull();              // not formed from a country
        assertThat(countryOf("سعود")).isNull();                // a name sharing the adjective's key
    }
}
