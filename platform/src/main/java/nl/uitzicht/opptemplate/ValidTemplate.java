package nl.uitzicht.opptemplate;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.validation.InvalidInput;
import nl.uitzicht.validation.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * A template's input after its checks: a name, a domain, at most {@link #MAX_LINES} lines a list of at most 500
 * characters, a support category and frequency when it has interventions, and nothing that looks like personal
 * data (a BSN-like number, a date, an e-mail address, a phone number): a template holds no pupil data.
 */
record ValidTemplate(
        String name,
        FactorDomain domain,
        @Nullable UUID supportCategoryId,
        List<String> hinderingFactors,
        List<String> helpingFactors,
        List<String> goals,
        List<String> interventions,
        String frequency) {

    static final int MAX_LINES = 20;

    static ValidTemplate of(OppTemplateInput in) {
        if (in.domain() == null) {
            throw new InvalidInput("domain", "opp.validation.required");
        }
        List<String> interventions = lines("interventions", in.interventions());
        String frequency = InvalidInput.text("frequency", in.frequency(), 100, !interventions.isEmpty());
        if (!interventions.isEmpty() && in.supportCategoryId() == null) {
            throw new InvalidInput("supportCategory", "opp.validation.required");
        }
        if (!interventions.isEmpty() && OppTemplateInput.lines(in.goals()).isEmpty()) {
            throw new InvalidInput("goals", "opptemplate.error.interventionsNeedGoals");
        }
        ValidTemplate t = new ValidTemplate(
                InvalidInput.text("name", in.name(), 100, true),
                in.domain(),
                in.supportCategoryId(),
                lines("hinderingFactors", in.hinderingFactors()),
                lines("helpingFactors", in.helpingFactors()),
                lines("goals", in.goals()),
                interventions,
                frequency);
        t.texts().forEach(field -> {
            if (PersonalData.appearsIn(field.text())) {
                throw new InvalidInput(field.name(), "opptemplate.error.personalData");
            }
        });
        return t;
    }

    /** Every text with the field it came from, for the checks on personal data. */
    Stream<Field> texts() {
        return Stream.of(
                        Stream.of(new Field("name", name), new Field("frequency", frequency)),
                        hinderingFactors.stream().map(l -> new Field("hinderingFactors", l)),
                        helpingFactors.stream().map(l -> new Field("helpingFactors", l)),
                        goals.stream().map(l -> new Field("goals", l)),
                        interventions.stream().map(l -> new Field("interventions", l)))
                .flatMap(s -> s);
    }

    record Field(String name, String text) {}

    private static List<String> lines(String field, @Nullable String text) {
        List<String> lines = OppTemplateInput.lines(text);
        if (lines.size() > MAX_LINES) {
            throw new InvalidInput(field, "opptemplate.error.tooManyLines", MAX_LINES);
        }
        lines.forEach(l -> InvalidInput.text(field, l, 500, true));
        return lines;
    }
}
