package nl.uitzicht.opp;

import static nl.uitzicht.opp.ContentFixture.complete;
import static nl.uitzicht.opp.ContentFixture.factors;
import static nl.uitzicht.opp.ContentFixture.handelingsdeel;
import static nl.uitzicht.opp.ContentFixture.noPerspective;
import static nl.uitzicht.opp.ContentFixture.perspective;
import static nl.uitzicht.opp.ContentFixture.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What keeps a plan from going to the parents for consent: the three legal parts and the pupil's view. */
class OppWorkflowRulesTest {

    @Test
    void aCompletePlanMissesNothing() {
        assertThat(OppWorkflow.missingParts(complete())).isEmpty();
    }

    @Test
    void anEmptyPlanMissesEveryPartInOrder() {
        assertThat(OppWorkflow.missingParts(
                        with(List.of(), noPerspective(), new Handelingsdeel(List.of(), List.of(), List.of()), " ")))
                .containsExactly(
                        "opp.missing.factors",
                        "opp.missing.perspective",
                        "opp.missing.goals",
                        "opp.missing.interventions",
                        "opp.missing.pupilView");
    }

    @Test
    void eachMissingPartIsNamedOnItsOwn() {
        assertThat(OppWorkflow.missingParts(with(List.of(), perspective(), handelingsdeel(), "ik")))
                .containsExactly("opp.missing.factors");
        assertThat(OppWorkflow.missingParts(with(
                        factors(),
                        new Uitstroomperspectief(ExitDestination.HAVO, "reden", List.of(), " "),
                        handelingsdeel(),
                        "ik")))
                .containsExactly("opp.missing.perspective");
        assertThat(OppWorkflow.missingParts(with(
                        factors(),
                        perspective(),
                        new Handelingsdeel(List.of(ContentFixture.goal()), List.of(), List.of()),
                        "ik")))
                .containsExactly("opp.missing.interventions");
        assertThat(OppWorkflow.missingParts(with(factors(), perspective(), handelingsdeel(), "")))
                .containsExactly("opp.missing.pupilView");
    }

    @Test
    void agreementsAreNotALegalMinimum() {
        Handelingsdeel noAgreements =
                new Handelingsdeel(List.of(ContentFixture.goal()), List.of(ContentFixture.intervention()), List.of());
        assertThat(OppWorkflow.missingParts(with(factors(), perspective(), noAgreements, "ik")))
                .isEmpty();
    }

    @Test
    void onlyHinderingFactorsAreNotACompleteFirstPart() {
        // Issue 14: consent could be recorded with only hindering factors, while the dashboard counted the plan
        // as failing. One definition now (OppContent.missingLegalParts): both kinds are needed.
        List<Factor> hinderingOnly =
                factors().stream().filter(f -> f.kind() == FactorKind.HINDERING).toList();
        OppContent content = with(hinderingOnly, perspective(), handelingsdeel(), "ik");
        assertThat(content.missingLegalParts()).containsExactly(LegalPart.FACTORS);
        assertThat(content.legalPartsComplete()).isFalse();
        assertThat(OppWorkflow.missingParts(content)).containsExactly("opp.missing.factors");
    }

    @Test
    void anAdjustmentNeedsNewConsentOnlyWhenTheHandelingsdeelChanged() {
        OppContent before = complete();
        OppContent otherPerspective = with(
                factors(),
                new Uitstroomperspectief(ExitDestination.HAVO, "Beter", List.of(), "Niets"),
                before.handelingsdeel(),
                "ik");
        assertThat(OppLifecycle.needsConsent(before, otherPerspective)).isFalse();
        Handelingsdeel fewer =
                new Handelingsdeel(List.of(ContentFixture.goal()), List.of(ContentFixture.intervention()), List.of());
        // No agreement any more: the parents consented to a different handelingsdeel.
        assertThat(OppLifecycle.needsConsent(before, with(factors(), perspective(), fewer, "ik")))
                .isTrue();
    }
}
