package nl.uitzicht.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void findsBsnDatesEmailAndPhoneNumbers() {
        String text = "BSN 123456782, geboren 12-03-2015 of 3 maart 2015, mail a.b@school.nl, bel 06-12345678.";

        assertThat(PersonalData.find(text))
                .extracting(PersonalData.Found::kind)
                .containsExactly(
                        PersonalData.Kind.BSN,
                        PersonalData.Kind.DATE,
                        PersonalData.Kind.DATE,
                        PersonalData.Kind.EMAIL,
                        PersonalData.Kind.PHONE);
        assertThat(PersonalData.appearsIn("Oefent drie keer per week 10 minuten met lezen."))
                .isFalse();
        assertThat(PersonalData.appearsIn("Bel 010 123 4567")).isTrue();
    }
}
