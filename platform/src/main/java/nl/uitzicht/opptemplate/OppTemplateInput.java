package nl.uitzicht.opptemplate;

import java.util.List;
import java.util.UUID;
import nl.uitzicht.opp.FactorDomain;
import org.jspecify.annotations.Nullable;

/** What is typed for a template: the lists one item a line. Checked by {@link OppTemplates}. */
public record OppTemplateInput(
        @Nullable String name,
        @Nullable FactorDomain domain,
        @Nullable UUID supportCategoryId,
        @Nullable String hinderingFactors,
        @Nullable String helpingFactors,
        @Nullable String goals,
        @Nullable String interventions,
        @Nullable String frequency) {

    /** The lines of a text field, trimmed, blank lines left out. */
    static List<String> lines(@Nullable String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
