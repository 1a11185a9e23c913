package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OppVersionTest {

    private final Instant now = Instant.parse("2026-01-05T08:00:00Z");

    private OppVersion filled() {
        OppVersion v = new OppVersion(UUID.randomUUID(), 1, now);
        v.factors().addAll(ContentFixture.factors());
        v.goals().add(ContentFixture.goal());
        v.interventions().add(ContentFixture.intervention());
        v.perspective(ExitDestination.HAVO, "reden", List.of(ContentFixture.HINDERING), "nodig");
        v.pupilView("Ik wil het zelf proberen.", LocalDate.of(2026, 1, 20));
        v.consented(LocalDate.of(2026, 2, 1));
        return v;
    }

    @Test
    void anEmptyVersionHasEmptyTextsNotNulls() {
        OppContent c = new OppVersion(UUID.randomUUID(), 1, now).content();
        assertThat(c.pupilView()).isEmpty();
        assertThat(c.perspective().reasoning()).isEmpty();
        assertThat(c.perspective().needed()).isEmpty();
        assertThat(c.perspective().factorKeys()).isEmpty();
        assertThat(c.perspective().complete()).isFalse();
        assertThat(c.consentedOn()).isNull();
    }

    @Test
    void theNextVersionCopiesThePlanButAsksThePupilAndParentsAgain() {
        OppVersion next = filled().copyAs(2, now.plusSeconds(60));
        OppContent c = next.content();
        assertThat(c.versionNo()).isEqualTo(2);
        assertThat(c.factors()).hasSize(2);
        assertThat(c.handelingsdeel().goals()).containsExactly(ContentFixture.goal());
        assertThat(c.perspective().destination()).isEqualTo(ExitDestination.HAVO);
        assertThat(c.perspective().factorKeys()).containsExactly(ContentFixture.HINDERING);
        assertThat(c.pupilView()).as("hoorrecht: the pupil is heard again").isEmpty();
        assertThat(c.pupilHeardOn()).isNull();
        assertThat(c.consentedOn())
                .as("consent is given again for the adjusted plan")
                .isNull();
    }

    @Test
    void changingTheCopyLeavesTheEarlierVersionAsItWas() {
        OppVersion first = filled();
        OppVersion next = first.copyAs(2, now);
        next.goals().clear();
        next.factors().removeFirst();
        next.perspective(ExitDestination.VWO, "anders", List.of(), "meer");
        assertThat(first.content().handelingsdeel().goals()).hasSize(1);
        assertThat(first.content().factors()).hasSize(2);
        assertThat(first.content().perspective().destination()).isEqualTo(ExitDestination.HAVO);
        assertThat(first.getVersionNo()).isEqualTo(1);
    }

    @Test
    void theContentIsASnapshot() {
        OppVersion v = filled();
        OppContent before = v.content();
        v.goals().clear();
        assertThat(before.handelingsdeel().goals()).hasSize(1);
    }
}
