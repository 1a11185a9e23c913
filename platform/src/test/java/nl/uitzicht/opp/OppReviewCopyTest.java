package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OppReviewCopyTest {

    @Test
    void aCopyWithoutTheNameIsPseudonymised() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        Deadlines d = new Deadlines(start, Deadlines.setByFor(start), null, null);
        assertThat(new OppReviewCopy(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                null,
                                null,
                                null,
                                OppState.DRAFT,
                                d,
                                ContentFixture.complete())
                        .pseudonymised())
                .isTrue();
        assertThat(new OppReviewCopy(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                "Sanne",
                                2015,
                                "7",
                                OppState.DRAFT,
                                d,
                                ContentFixture.complete())
                        .pseudonymised())
                .isFalse();
    }
}
