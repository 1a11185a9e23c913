package nl.uitzicht.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.Role;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The region's audit trail as its administrators search it: newest first, paged, filtered, region only. */
@PlatformTest
@WithRole(Role.REGION_ADMIN)
class RegionAuditTrailTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    AuditLog log;

    @Autowired
    RegionAuditTrail trail;

    @Autowired
    PlatformTransactionManager transactions;

    static int next = 5400;
    UUID region;
    UUID other;
    final Actor ilse = new Actor(UUID.randomUUID(), "Ilse Intern-begeleider");
    final Actor bea = new Actor(UUID.randomUUID(), "Bea 100%_Beheer");

    @BeforeEach
    @WithRole(system = true)
    void regions() {
        region = regions.register("PO" + next++, "Logboekregio", Sector.PO).getId();
        other = regions.register("PO" + next++, "Andere regio", Sector.PO).getId();
        record(region, ilse, AuditAction.VIEW, "PUPIL");
        record(region, ilse, AuditAction.UPDATE, "OPP");
        record(region, bea, AuditAction.UPDATE, "PERSON");
        record(other, ilse, AuditAction.VIEW, "PUPIL");
    }

    void record(UUID in, Actor actor, AuditAction action, String type) {
        TenantContext.runAs(
                in,
                () -> new TransactionTemplate(transactions)
                        .executeWithoutResult(tx -> log.record(actor, action, type, UUID.randomUUID(), null)));
    }

    AuditQuery all() {
        Instant now = Instant.now();
        return new AuditQuery(now.minus(Duration.ofHours(1)), now.plus(Duration.ofMinutes(1)), null, null);
    }

    @Test
    void showsTheRegionsOwnRecordsNewestFirstInPages() {
        assertThat(TenantContext.callAs(region, () -> trail.count(all()))).isEqualTo(3);
        assertThat(TenantContext.callAs(region, () -> trail.page(all(), 0, 2)))
                .extracting(AuditRecord::subjectType)
                .containsExactly("PERSON", "OPP");
        assertThat(TenantContext.callAs(region, () -> trail.page(all(), 1, 2)))
                .extracting(AuditRecord::subjectType)
                .containsExactly("PUPIL");
        assertThat(TenantContext.callAs(other, () -> trail.count(all()))).isEqualTo(1);
    }

    @Test
    void filtersBySubjectTypeActorAndPeriod() {
        AuditQuery pupils = new AuditQuery(all().from(), all().to(), "PUPIL", null);
        assertThat(TenantContext.callAs(region, () -> trail.page(pupils, 0, 10)))
                .singleElement()
                .extracting(AuditRecord::actorName)
                .isEqualTo("Ilse Intern-begeleider");
        // Part of a name, any case; % and _ are plain characters, not wildcards.
        AuditQuery byName = new AuditQuery(all().from(), all().to(), null, " 100%_beh ");
        assertThat(TenantContext.callAs(region, () -> trail.page(byName, 0, 10)))
                .singleElement()
                .extracting(AuditRecord::subjectType)
                .isEqualTo("PERSON");
        AuditQuery wildcard = new AuditQuery(all().from(), all().to(), null, "i%e");
        assertThat(TenantContext.callAs(region, () -> trail.count(wildcard))).isZero();
        Instant later = Instant.now().plus(Duration.ofDays(1));
        assertThat(TenantContext.callAs(
                        region, () -> trail.count(new AuditQuery(later, later.plusSeconds(60), null, null))))
                .isZero();
        assertThatThrownBy(() -> new AuditQuery(later, later.minusSeconds(1), null, null))
                .hasMessage("audit.error.period");
    }
}
