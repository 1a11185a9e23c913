package nl.uitzicht.duoimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolSource;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import org.junit.jupiter.api.Test;

/** What an import would change about a school the region already has, field by field. */
class DuoImportRulesTest {

    private static SchoolSummary current(LocalDate closedOn, SchoolSource source) {
        return new SchoolSummary(
                UUID.randomUUID(), "12AB", "00", "De Regenboog", SchoolType.BAO, "Utrecht", 250, closedOn, 3, source);
    }

    private static final SchoolDetails SAME =
            new SchoolDetails("12AB", "00", "De Regenboog", SchoolType.BAO, "Utrecht", 250);

    @Test
    void anOpenDuoSchoolWithTheSameDetailsIsUnchanged() {
        assertThat(DuoImport.differences(current(null, SchoolSource.DUO), SAME)).isEmpty();
    }

    @Test
    void everyChangedFieldWithOldAndNewValue() {
        SchoolDetails after = new SchoolDetails("12AB", "00", "Regenboog", SchoolType.SBO, null, 260);
        assertThat(DuoImport.differences(current(null, SchoolSource.DUO), after))
                .containsExactly(
                        new ImportPlan.FieldChange("name", "De Regenboog", "Regenboog"),
                        new ImportPlan.FieldChange("type", "BAO", "SBO"),
                        new ImportPlan.FieldChange("municipality", "Utrecht", ""),
                        new ImportPlan.FieldChange("pupils", "250", "260"));
    }

    @Test
    void aClosedSchoolThatDuoListsAgainIsReopened() {
        assertThat(DuoImport.differences(current(LocalDate.of(2025, 8, 1), SchoolSource.DUO), SAME))
                .containsExactly(new ImportPlan.FieldChange("open", "false", "true"));
    }

    @Test
    void aSchoolAddedByHandThatDuoNowListsBecomesDuos() {
        assertThat(DuoImport.differences(current(null, SchoolSource.MANUAL), SAME))
                .containsExactly(new ImportPlan.FieldChange("source", "MANUAL", "DUO"));
    }
}
