package nl.uitzicht.reminder;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The once-a-day guard of the digest: a row per region and day ({@code reminder_digest_day}), inserted in a
 * transaction of its own before anything is sent. Of two app nodes (or two runs on one day) exactly one
 * inserts it; the other skips the region for that day, whenever its timer fires.
 */
@Component
class DigestClaims {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    DigestClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** In the bound region: whether this run takes the digest of {@code day} (and no other run will). */
    boolean claim(UUID region, LocalDate day) {
        Integer rows = ownTransaction.execute(
                status -> jdbc.update("""
                INSERT INTO reminder_digest_day (tenant_id, digest_on, claimed_by, claimed_at)
                VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, digest_on) DO NOTHING""", region, Date.valueOf(day), node, Timestamp.from(clock.instant())));
        return Objects.requireNonNullElse(rows, 0) == 1;
    }

    /** In the bound region: how many people the claimed digest of {@code day} went to. */
    void recipients(UUID region, LocalDate day, int people) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "UPDATE reminder_digest_day SET recipients = ? WHERE tenant_id = ? AND digest_on = ?",
                people,
                region,
                Date.valueOf(day)));
    }
}
