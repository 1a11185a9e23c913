package nl.uitzicht.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private final Instant from = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new AuditQuery(from, from.minusSeconds(1), null, null))
                .hasMessage("audit.error.period");
        assertThat(new AuditQuery(from, from, null, null).to()).isEqualTo(from);
    }

    @Test
    void theNameToLookForIsTrimmedAndBlankMeansAnyone() {
        assertThat(new AuditQuery(from, from, null, "  Anna ").actorContains()).isEqualTo("Anna");
        assertThat(new AuditQuery(from, from, null, "   ").actorContains()).isNull();
    }

    @Test
    void anEventReadsBackAsItWasRecorded() {
        UUID subject = UUID.randomUUID();
        AuditRecord r = new AuditEvent(
                        from, new Actor(UUID.randomUUID(), "Anna"), AuditAction.CONSENT, "OPP", subject, "CONSENT")
                .record();
        assertThat(r).isEqualTo(new AuditRecord(from, "Anna", AuditAction.CONSENT, "OPP", subject, "CONSENT"));
        PlatformRecord p = new PlatformAuditEvent(
                        from, Actor.SYSTEM, PlatformAction.REGION_PURGED, null, "PO2001", "PO2001", "12 rows")
                .record();
        assertThat(p.actorName()).isEqualTo("system");
        assertThat(p.action()).isEqualTo(PlatformAction.REGION_PURGED);
        assertThat(Actor.SYSTEM.id()).isNull();
    }
}
