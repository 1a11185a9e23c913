package nl.uitzicht.opp;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.cluster.ScheduledOnce;
import nl.uitzicht.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes drafts nobody came back for: older than {@code uitzicht.opp.drafts.keep-for} (14 days by
 * default), region by region, on one app node per turn. Each plan that lost drafts gets an audit
 * record by the system (how many, never the text).
 */
@Component
class OppDraftPurge {

    private static final Logger log = LoggerFactory.getLogger(OppDraftPurge.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SystemWork system;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration keepFor;

    OppDraftPurge(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            SystemWork system,
            AuditLog audit,
            Clock clock,
            @Value("${uitzicht.opp.drafts.keep-for:P14D}") Duration keepFor) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.system = system;
        this.audit = audit;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    @Scheduled(cron = "${uitzicht.opp.drafts.purge-cron:0 25 3 * * *}", zone = "Europe/Amsterdam")
    @ScheduledOnce(name = "opp-draft-purge", lockAtMostFor = "10m", lockAtLeastFor = "1m")
    void purgeOldDrafts() {
        Instant before = clock.instant().minus(keepFor);
        int purged = 0;
        for (UUID region : jdbc.queryForList("SELECT id FROM region", UUID.class)) {
            purged += TenantContext.callAs(region, () -> system.call(() -> purgeInRegion(before)));
        }
        if (purged > 0) {
            log.info("Purged {} OPP drafts typed before {}", purged, before);
        }
    }

    /** In the bound region: drafts typed before {@code before}, audited per plan. */
    int purgeInRegion(Instant before) {
        Integer purged = transactions.execute(status -> {
            List<UUID> opps = jdbc.queryForList(
                    "DELETE FROM opp_draft WHERE typed_at < ? RETURNING opp_id", UUID.class, Timestamp.from(before));
            opps.stream()
                    .distinct()
                    .forEach(opp -> audit.record(
                            Actor.SYSTEM,
                            AuditAction.DELETE,
                            OppAccess.AUDIT_SUBJECT,
                            opp,
                            "drafts purged: "
                                    + opps.stream().filter(opp::equals).count()));
            return opps.size();
        });
        return purged == null ? 0 : purged;
    }
}
