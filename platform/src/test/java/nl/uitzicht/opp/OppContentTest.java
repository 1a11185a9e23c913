package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class OppContentTest {

    private final OppContent content = ContentFixture.complete();

    @Test
    void factorsByKindAndPartsByKey() {
        assertThat(content.factors(FactorKind.HINDERING))
                .extracting(Factor::key)
                .containsExactly(ContentFixture.HINDERING);
        assertThat(content.factors(FactorKind.HELPING)).extracting(Factor::key).containsExactly(ContentFixture.HELPING);
        assertThat(content.goal(ContentFixture.GOAL)).isPresent();
        assertThat(content.goal(UUID.randomUUID())).isEmpty();
        assertThat(content.factor(ContentFixture.HELPING)).isPresent();
        assertThat(content.factor(ContentFixture.GOAL)).isEmpty();
    }

    @Test
    void mapTextReachesEveryFreeTextAndNothingElse() {
        OppContent upper = content.mapText(s -> "<" + s + ">");
        assertThat(upper.factors())
                .extracting(Factor::description)
                .allSatisfy(d -> assertThat(d).startsWith("<"));
        assertThat(upper.perspective().reasoning()).isEqualTo("<Gezien het leestempo>");
        assertThat(upper.perspective().needed()).isEqualTo("<Leeshulp>");
        assertThat(upper.perspective().destination()).isEqualTo(ExitDestination.VMBO_K);
        Goal g = upper.handelingsdeel().goals().getFirst();
        assertThat(g.description()).isEqualTo("<AVI E5 halen>");
        assertThat(g.baseline()).isEqualTo("<AVI M4>");
        assertThat(g.measure()).isEqualTo("<AVI-toets>");
        assertThat(g.targetOn()).isEqualTo(ContentFixture.goal().targetOn());
        Intervention i = upper.handelingsdeel().interventions().getFirst();
        assertThat(i.description()).isEqualTo("<Dagelijks samen lezen>");
        assertThat(i.frequency()).isEqualTo("<dagelijks>");
        assertThat(i.goals()).containsExactly(ContentFixture.GOAL);
        assertThat(upper.handelingsdeel().agreements().getFirst().description()).isEqualTo("<Thuis 10 minuten lezen>");
        assertThat(upper.pupilView()).isEqualTo("<Ik wil beter lezen.>");
        assertThat(upper.versionNo()).isEqualTo(content.versionNo());
        assertThat(upper.pupilHeardOn()).isEqualTo(content.pupilHeardOn());
    }

    @Test
    void mapTextLeavesMissingOptionalTextsMissing() {
        Goal bare = new Goal(UUID.randomUUID(), FactorDomain.LEARNING, "Doel", null, null, null);
        OppContent c = ContentFixture.with(
                ContentFixture.factors(),
                ContentFixture.perspective(),
                new Handelingsdeel(java.util.List.of(bare), java.util.List.of(), java.util.List.of()),
                "");
        Goal mapped = c.mapText(s -> s + "!").handelingsdeel().goals().getFirst();
        assertThat(mapped.baseline()).isNull();
        assertThat(mapped.measure()).isNull();
    }
}
