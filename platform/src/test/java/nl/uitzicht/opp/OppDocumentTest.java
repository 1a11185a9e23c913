package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The handout's limit: an OPP is at most 5 A4 pages. */
class OppDocumentTest {

    @Test
    void fivePagesAreFineSixAreTooLong() {
        assertThat(new OppDocument(new byte[0], OppDocument.MAX_PAGES, "opp.pdf").tooLong())
                .isFalse();
        assertThat(new OppDocument(new byte[0], 1, "opp.pdf").tooLong()).isFalse();
        assertThat(new OppDocument(new byte[0], 6, "opp.pdf").tooLong()).isTrue();
    }
}
