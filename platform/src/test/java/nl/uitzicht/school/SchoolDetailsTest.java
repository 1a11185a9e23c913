package nl.uitzicht.school;

import static org.assertj.core.api.Assertions.assertThat;

import nl.uitzicht.validation.FieldProblem;
import org.junit.jupiter.api.Test;

/** A school location as DUO identifies it: BRIN (2 digits, 2 letters) and vestigingsnummer (2 digits). */
class SchoolDetailsTest {

    private static SchoolDetails details(String brin, String vestiging, String name, String municipality, int pupils) {
        return new SchoolDetails(brin, vestiging, name, SchoolType.BAO, municipality, pupils);
    }

    @Test
    void normalisingTrimsUpperCasesAndDropsABlankMunicipality() {
        SchoolDetails n =
                details(" 12ab ", " 00 ", "  De Regenboog ", "  ", 250).normalized();
        assertThat(n).isEqualTo(new SchoolDetails("12AB", "00", "De Regenboog", SchoolType.BAO, null, 250));
        assertThat(n.code()).isEqualTo("12AB00");
    }

    @Test
    void aValidSchoolHasNoProblems() {
        assertThat(details("12ab", "01", "De Regenboog", "Utrecht", 0).problems())
                .isEmpty();
        assertThat(details("12AB", "00", "n".repeat(SchoolDetails.MAX_NAME), "m".repeat(80), SchoolDetails.MAX_PUPILS)
                        .problems())
                .isEmpty();
    }

    @Test
    void brinAndVestigingFollowDuosPattern() {
        assertThat(details("1ABC", "00", "n", null, 1).problems())
                .extracting(FieldProblem::field)
                .containsExactly("brin");
        assertThat(details("12A", "00", "n", null, 1).problems())
                .extracting(FieldProblem::field)
                .containsExactly("brin");
        assertThat(details("12AB", "0", "n", null, 1).problems())
                .extracting(FieldProblem::field)
                .containsExactly("vestiging");
        assertThat(details("12AB", "A1", "n", null, 1).problems())
                .extracting(FieldProblem::field)
                .containsExactly("vestiging");
    }

    @Test
    void everyProblemIsReportedWithItsMessageKey() {
        assertThat(details("x", "xyz", " ", "m".repeat(81), -1).problems())
                .containsExactly(
                        new FieldProblem("brin", "admin.school.error.brin"),
                        new FieldProblem("vestiging", "admin.school.error.vestiging"),
                        new FieldProblem("name", "admin.school.error.name"),
                        new FieldProblem("municipality", "admin.school.error.municipality"),
                        new FieldProblem("pupilCount", "admin.school.error.pupils"));
    }

    @Test
    void limitsOfNameAndPupils() {
        assertThat(details("12AB", "00", "n".repeat(121), null, 1).problems()).hasSize(1);
        assertThat(details("12AB", "00", "n", null, SchoolDetails.MAX_PUPILS + 1)
                        .problems())
                .hasSize(1);
    }
}
