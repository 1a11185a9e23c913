package nl.uitzicht.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ADR 0031 as rules: what leaves the platform in a region export of each table holding a person's
 * own words. (ExportRulesTest checks the rules against the database schema.)
 */
class ExportRulesUnitTest {

    @Test
    void personalReflectionsAndBuddyFeedbackNeverLeave() {
        for (String table : new String[] {"audience_analysis", "unhelpful_thought", "buddy_feedback"}) {
            ExportRules.Rule rule = ExportRules.of(table).orElseThrow();
            assertThat(rule.treatment()).as(table).isEqualTo(ExportRules.Treatment.EXCLUDED);
            assertThat(rule.leftOut()).get().satisfies(l -> assertThat(l.part()).isEqualTo("the whole table"));
        }
    }

    @Test
    void aFilteredTableSelectsOnlyItsDeclaredColumnsOfTheBoundRegion() {
        ExportRules.Rule stakeholder = ExportRules.of("stakeholder").orElseThrow();
        String select = stakeholder.select();
        assertThat(select)
                .startsWith("select id, tenant_id, trainer_id, kind, name,")
                .contains(" from stakeholder where tenant_id = ? order by id")
                .doesNotContain("private_notes", "involvement", "role", "*");
        assertThat(stakeholder.leftOut())
                .get()
                .satisfies(l -> assertThat(l.part()).isEqualTo("columns role, involvement, private_notes"));
    }

    @Test
    void practiceQuestionsLeaveOnlyWhenBroughtIntoTheNextMeeting() {
        ExportRules.Rule questions = ExportRules.of("practice_question").orElseThrow();
        assertThat(questions.select()).contains("where tenant_id = ? and (for_next_meeting)");
        assertThat(questions.leftOut())
                .get()
                .satisfies(l -> assertThat(l.part()).isEqualTo("rows where not (for_next_meeting)"));
    }

    @Test
    void theQuestionnaireReachesTheRegionWithoutNames() {
        ExportRules.Rule responses = ExportRules.of("programme_response").orElseThrow();
        assertThat(responses.columns()).doesNotContain("trainer_id", "id", "answered_at");
        assertThat(responses.privateColumns()).contains("trainer_id");
        assertThat(responses.select()).doesNotContain("trainer_id").contains("order by meeting_id, usefulness");
    }

    @Test
    void anExportedTableSelectsEverythingAndLeavesNothingOut() {
        ExportRules.Rule settings = ExportRules.of("trainer_settings").orElseThrow();
        assertThat(settings.select()).isEqualTo("select * from trainer_settings where tenant_id = ? order by 1");
        assertThat(settings.leftOut()).isEmpty();
    }

    @Test
    void noColumnIsBothExportedAndPrivateAndEveryRuleHasAReason() {
        for (ExportRules.Rule rule : ExportRules.RULES.values()) {
            Set<String> both = new HashSet<>(rule.columns());
            both.retainAll(rule.privateColumns());
            assertThat(both).as(rule.table()).isEmpty();
            assertThat(rule.reason()).as(rule.table()).isNotBlank();
            assertThat(rule.columns().isEmpty())
                    .as(rule.table())
                    .isEqualTo(rule.treatment() != ExportRules.Treatment.FILTERED);
        }
    }

    @Test
    void anUndeclaredTableIsLeftOutWithAReason() {
        assertThat(ExportRules.of("new_personal_table")).isEmpty();
        assertThat(ExportRules.undeclared("new_personal_table").part()).isEqualTo("the whole table");
        assertThat(ExportRules.undeclared("new_personal_table").table()).isEqualTo("new_personal_table");
    }
}
