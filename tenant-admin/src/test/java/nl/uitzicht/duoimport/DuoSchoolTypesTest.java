package nl.uitzicht.duoimport;

import static org.assertj.core.api.Assertions.assertThat;

import nl.uitzicht.school.SchoolType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DUO's many spellings of the kind of school. */
class DuoSchoolTypesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Basisonderwijs, BAO",
        "BO, BAO",
        "bas, BAO",
        "BAO, BAO",
        "Speciaal basisonderwijs, SBO",
        "SBAS, SBO",
        "sbo, SBO",
        "Speciaal onderwijs, SO",
        "(V)SO, SO",
        "Voortgezet speciaal onderwijs, VSO",
        "VSO, VSO",
        "Praktijkonderwijs, PRO",
        "PRO/VSO, PRO",
        "pro, PRO",
        "VMBO/HAVO, VO",
        "HAVO/VWO, VO",
        "Voortgezet onderwijs, VO"
    })
    void knownSpellings(String raw, SchoolType expected) {
        assertThat(DuoSchoolTypes.parse(raw)).contains(expected);
    }

    @Test
    void unknownOrEmptyIsNotGuessed() {
        assertThat(DuoSchoolTypes.parse("  ")).isEmpty();
        assertThat(DuoSchoolTypes.parse("MBO")).isEmpty();
        assertThat(DuoSchoolTypes.parse("Hoger onderwijs")).isEmpty();
    }
}
