package nl.uitzicht.opptemplate;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.uitzicht.opp.Factor;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.Intervention;
import nl.uitzicht.opp.OppContent;

/**
 * A template's input proposed from a plan's content (already without the pupil's name, {@code
 * OppPlans.withoutName}): its factors, goals and interventions one a line, the first goal's domain, the first
 * intervention's category and frequency. The person checks and saves it as any template; the checks on personal
 * data still apply.
 */
public final class TemplateFromPlan {

    private TemplateFromPlan() {}

    public static OppTemplateInput of(String name, OppContent content) {
        List<Goal> goals = content.handelingsdeel().goals();
        List<Intervention> interventions = content.handelingsdeel().interventions();
        return new OppTemplateInput(
                name,
                goals.isEmpty() ? FactorDomain.LEARNING : goals.getFirst().domain(),
                interventions.isEmpty() ? null : interventions.getFirst().supportCategoryId(),
                lines(content.factors(FactorKind.HINDERING).stream().map(Factor::description)),
                lines(content.factors(FactorKind.HELPING).stream().map(Factor::description)),
                lines(goals.stream().map(Goal::description)),
                lines(interventions.stream().map(Intervention::description)),
                interventions.isEmpty() ? "" : interventions.getFirst().frequency());
    }

    private static String lines(Stream<String> texts) {
        return texts.map(t -> t.replaceAll("\\s*\\R\\s*", " ").strip())
                .filter(t -> !t.isEmpty())
                .limit(ValidTemplate.MAX_LINES)
                .collect(Collectors.joining("\n"));
    }
}
