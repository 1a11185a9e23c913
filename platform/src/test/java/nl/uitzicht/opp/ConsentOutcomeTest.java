package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentOutcomeTest {

    @Test
    void consentWithRemarksIsConsentNoConsentIsNot() {
        assertThat(ConsentOutcome.CONSENT.agrees()).isTrue();
        assertThat(ConsentOutcome.CONSENT_WITH_REMARKS.agrees()).isTrue();
        assertThat(ConsentOutcome.NO_CONSENT.agrees()).isFalse();
    }
}
