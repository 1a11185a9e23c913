package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default "Checklist OPP" of the domain brief: 15 items scored 0-2. */
class DefaultChecklistTest {

    @Test
    void fifteenItemsWithUniqueCodes() {
        assertThat(DefaultChecklist.ITEMS).hasSize(15);
        assertThat(DefaultChecklist.ITEMS).extracting(ChecklistItem::code).doesNotHaveDuplicates();
    }

    @Test
    void everyItemSaysWhatEachScoreMeans() {
        for (ChecklistItem item : DefaultChecklist.ITEMS) {
            for (int score = 0; score <= ChecklistItem.MAX_SCORE; score++) {
                assertThat(item.level(score)).as(item.code() + " " + score).isNotBlank();
            }
            assertThat(item.statement()).isNotBlank().hasSizeLessThanOrEqualTo(300);
        }
    }

    @Test
    void theLegalRequirementsAreItems() {
        assertThat(DefaultChecklist.ITEMS)
                .extracting(ChecklistItem::code)
                .contains(
                        "WETTELIJKE_DELEN",
                        "INSTEMMING_OUDERS",
                        "STEM_LEERLING",
                        "EVALUATIE_TIJDIG",
                        "BINNEN_ZES_WEKEN",
                        "BEKNOPT");
        assertThat(DefaultChecklist.ITEMS.getFirst().part()).isEqualTo(ChecklistPart.ALL_PARTS);
        assertThat(DefaultChecklist.ITEMS.stream()
                        .filter(i -> i.code().equals("BINNEN_ZES_WEKEN"))
                        .map(ChecklistItem::statement)
                        .toList())
                .allSatisfy(s -> assertThat(s).contains("6 weken"));
        assertThat(DefaultChecklist.ITEMS.stream()
                        .filter(i -> i.code().equals("BEKNOPT"))
                        .map(ChecklistItem::statement)
                        .toList())
                .allSatisfy(s -> assertThat(s).contains("5 A4"));
    }

    @Test
    void itemsAreGroupedByPartInTheOrderOfTheOpp() {
        List<ChecklistPart> parts =
                DefaultChecklist.ITEMS.stream().map(ChecklistItem::part).toList();
        assertThat(parts.getLast()).isEqualTo(ChecklistPart.FORM);
        assertThat(parts)
                .contains(
                        ChecklistPart.FACTORS,
                        ChecklistPart.PERSPECTIVE,
                        ChecklistPart.HANDELINGSDEEL,
                        ChecklistPart.PROCESS);
    }
}
