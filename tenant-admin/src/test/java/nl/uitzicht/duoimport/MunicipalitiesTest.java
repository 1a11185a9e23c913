package nl.uitzicht.duoimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DUO writes municipalities in capitals; they are shown as people write them. */
class MunicipalitiesTest {

    @Test
    void capitalsBecomeWordsWithACapital() {
        assertThat(Municipalities.display("UTRECHTSE HEUVELRUG")).isEqualTo("Utrechtse Heuvelrug");
        assertThat(Municipalities.display(" AMSTERDAM ")).isEqualTo("Amsterdam");
        assertThat(Municipalities.display("ALPHEN-CHAAM")).isEqualTo("Alphen-Chaam");
    }

    @Test
    void theDutchIjIsOneLetter() {
        assertThat(Municipalities.display("IJSSELSTEIN")).isEqualTo("IJsselstein");
        assertThat(Municipalities.display("CAPELLE AAN DEN IJSSEL")).isEqualTo("Capelle Aan Den IJssel");
    }

    @Test
    void theApostropheSStaysSmall() {
        assertThat(Municipalities.display("'S-HERTOGENBOSCH")).isEqualTo("'s-Hertogenbosch");
        assertThat(Municipalities.display("'S-GRAVENHAGE")).isEqualTo("'s-Gravenhage");
    }

    @Test
    void namesAlreadyWrittenByPeopleAreLeftAsTheyAre() {
        assertThat(Municipalities.display("de Bilt")).isEqualTo("de Bilt");
        assertThat(Municipalities.display("")).isEmpty();
        assertThat(Municipalities.display("SÚDWEST-FRYSLÂN")).isEqualTo("Súdwest-Fryslân");
    }
}
