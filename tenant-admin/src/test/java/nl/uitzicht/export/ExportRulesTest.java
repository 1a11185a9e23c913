package nl.uitzicht.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.uitzicht.TenantAdminTest;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The export's privacy rules (ADR 0031) are complete: a table or column added later to the trainer,
 * achterban, buddy or programme features, or any table whose rows belong to a person, fails here
 * until someone decides whether it is exported, filtered or left out.
 */
@TenantAdminTest
@WithRole(system = true)
class ExportRulesTest {

    /** The features where trainers write for themselves and for their buddies. */
    static final List<String> TRAINER_FEATURES =
            List.of("nl.uitzicht.trainer", "nl.uitzicht.achterban", "nl.uitzicht.buddy", "nl.uitzicht.programme");

    @Autowired
    RegionExport export;

    @Autowired
    FreshDatabase db;

    @Test
    void everyTableWhoseRowsBelongToAPersonHasARule() {
        List<String> personal = export.personalTables();
        assertThat(personal)
                .as("found through foreign keys, also indirectly")
                .contains(
                        "stakeholder",
                        "stakeholder_conversation",
                        "buddy_pair",
                        "buddy_feedback",
                        "swot_item",
                        "programme_response")
                .doesNotContain("school", "opp", "programme_meeting", "trainer_settings");
        assertThat(personal)
                .as("tables whose rows belong to a person need an export rule (ExportRules)")
                .allSatisfy(table -> assertThat(ExportRules.RULES).containsKey(table));
    }

    @Test
    void everyTableOfTheTrainerFeaturesHasARule() {
        Set<String> tables = entityTablesIn(TRAINER_FEATURES);
        assertThat(tables).as("entities found").contains("stakeholder", "buddy_feedback", "unhelpful_thought");
        assertThat(tables)
                .as("every table of the trainer, achterban, buddy and programme features is classified")
                .allSatisfy(table -> assertThat(ExportRules.RULES).containsKey(table));
    }

    @Test
    void everyColumnOfAFilteredTableIsExportedOrDeclaredPrivate() {
        for (ExportRules.Rule rule : ExportRules.RULES.values()) {
            List<String> actual = db.ownerQuery("select column_name from information_schema.columns "
                    + "where table_schema = 'public' and table_name = '" + rule.table() + "' order by column_name");
            assertThat(actual).as("table %s exists", rule.table()).isNotEmpty();
            if (rule.treatment() != ExportRules.Treatment.FILTERED) {
                continue;
            }
            Set<String> declared = new HashSet<>(rule.columns());
            assertThat(rule.privateColumns())
                    .as("%s: a column is exported or private, not both", rule.table())
                    .doesNotContainAnyElementsOf(rule.columns());
            declared.addAll(rule.privateColumns());
            assertThat(declared)
                    .as("%s: every column classified, and only existing ones", rule.table())
                    .containsExactlyInAnyOrderElementsOf(actual);
        }
    }

    @Test
    void whatIsLeftOutIsSaidWithAReason() {
        assertThat(ExportRules.RULES.get("stakeholder").leftOut())
                .get()
                .satisfies(l -> assertThat(l.part()).contains("private_notes", "involvement"))
                .satisfies(l -> assertThat(l.reason()).contains("ADR 0031"));
        assertThat(ExportRules.RULES.get("buddy_feedback").leftOut())
                .get()
                .satisfies(l -> assertThat(l.part()).isEqualTo("the whole table"));
        assertThat(ExportRules.RULES.get("practice_question").leftOut())
                .get()
                .satisfies(l -> assertThat(l.part()).isEqualTo("rows where not (for_next_meeting)"));
        assertThat(ExportRules.RULES.get("programme_meeting").leftOut()).isEmpty();
    }

    private static Set<String> entityTablesIn(List<String> packages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        List<BeanDefinition> found = new ArrayList<>();
        packages.forEach(p -> found.addAll(scanner.findCandidateComponents(p)));
        Set<String> tables = new HashSet<>();
        for (BeanDefinition bean : found) {
            try {
                Table table = Class.forName(bean.getBeanClassName()).getAnnotation(Table.class);
                tables.add(
                        table != null && !table.name().isEmpty()
                                ? table.name()
                                : bean.getBeanClassName()
                                        .substring(bean.getBeanClassName().lastIndexOf('.') + 1)
                                        .toLowerCase());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return tables;
    }
}
