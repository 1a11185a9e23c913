package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** One version of the plan's content: the three legal parts and the pupil's view. */
public record OppContent(
        int versionNo,
        Instant createdAt,
        @Nullable LocalDate consentedOn,
        List<Factor> factors,
        Uitstroomperspectief perspective,
        Handelingsdeel handelingsdeel,
        String pupilView,
        @Nullable LocalDate pupilHeardOn)
        implements Serializable {

    public List<Factor> factors(FactorKind kind) {
        return factors.stream().filter(f -> f.kind() == kind).toList();
    }

    public Optional<Goal> goal(UUID key) {
        return handelingsdeel.goals().stream().filter(g -> g.key().equals(key)).findFirst();
    }

    /** The same content with every free text passed through {@code text} (e.g. to take a name out). */
    public OppContent mapText(UnaryOperator<String> text) {
        return new OppContent(
                versionNo,
                createdAt,
                consentedOn,
                factors.stream()
                        .map(f -> new Factor(f.key(), f.kind(), f.domain(), text.apply(f.description())))
                        .toList(),
                new Uitstroomperspectief(
                        perspective.destination(),
                        text.apply(perspective.reasoning()),
                        perspective.factorKeys(),
                        text.apply(perspective.needed())),
                new Handelingsdeel(
                        handelingsdeel.goals().stream()
                                .map(g -> new Goal(
                                        g.key(),
                                        g.domain(),
                                        text.apply(g.description()),
                                        g.baseline() == null ? null : text.apply(g.baseline()),
                                        g.measure() == null ? null : text.apply(g.measure()),
                                        g.targetOn()))
                                .toList(),
                        handelingsdeel.interventions().stream()
                                .map(i -> new Intervention(
                                        i.key(),
                                        text.apply(i.description()),
                                        i.performer(),
                                        text.apply(i.frequency()),
                                        i.goalKeys(),
                                        i.supportCategoryId(),
                                        i.level()))
                                .toList(),
                        handelingsdeel.agreements().stream()
                                .map(a -> new Agreement(a.key(), a.party(), text.apply(a.description())))
                                .toList()),
                text.apply(pupilView),
                pupilHeardOn);
    }

    /**
     * The one definition of a complete plan (ADR 0078): the legal parts still missing, in the law's order.
     * The workflow refuses consent while any is missing; the automatic checks and the dashboard's SQL
     * count the same (a test holds the SQL to this method over fixtures).
     */
    public List<LegalPart> missingLegalParts() {
        List<LegalPart> missing = new java.util.ArrayList<>();
        if (factors(FactorKind.HINDERING).isEmpty()
                || factors(FactorKind.HELPING).isEmpty()) {
            missing.add(LegalPart.FACTORS);
        }
        if (!perspective.complete()) {
            missing.add(LegalPart.PERSPECTIVE);
        }
        if (handelingsdeel.goals().isEmpty()) {
            missing.add(LegalPart.GOALS);
        }
        if (handelingsdeel.interventions().isEmpty()) {
            missing.add(LegalPart.INTERVENTIONS);
        }
        return List.copyOf(missing);
    }

    public boolean legalPartsComplete() {
        return missingLegalParts().isEmpty();
    }

    public Optional<Factor> factor(UUID key) {
        return factors.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
