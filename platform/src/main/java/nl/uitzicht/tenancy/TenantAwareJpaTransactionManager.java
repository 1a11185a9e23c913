package nl.uitzicht.tenancy;

import java.sql.PreparedStatement;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Binds {@code app.tenant_id} with {@code set_config(..., true)} right after BEGIN, on the very
 * connection of the transaction. COMMIT and ROLLBACK discard it, so it can never leak to the
 * next user of a pooled connection. No tenant bound: nothing is set and RLS matches no row.
 */
class TenantAwareJpaTransactionManager extends JpaTransactionManager {

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        UUID tenant = TenantContext.current();
        if (tenant == null) {
            return;
        }
        EntityManagerHolder holder =
                (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        if (holder == null) {
            throw new IllegalStateException("No EntityManager bound after begin");
        }
        try {
            holder.getEntityManager().unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement ps =
                        connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                    ps.setString(1, tenant.toString());
                    ps.execute();
                }
            });
        } catch (RuntimeException failed) {
            abandon(transaction, holder);
            throw new CannotCreateTransactionException("Could not bind the region to the new transaction", failed);
        }
    }

    /**
     * Undoes a begin whose tenant binding failed (a dead pooled connection: the database restarted or
     * dropped it): without this the begun transaction stayed bound to the thread, and the thread's next
     * transaction joined it, on a closed connection or without {@code app.tenant_id}, where row-level
     * security hides every row (an outage then looked like "not found"; issue 22, ADR 0074).
     */
    private void abandon(Object transaction, EntityManagerHolder holder) {
        try {
            if (holder.getEntityManager().getTransaction().isActive()) {
                holder.getEntityManager().getTransaction().rollback();
            }
        } catch (RuntimeException ignored) {
            // the connection is gone; the pool discards it
        }
        doCleanupAfterCompletion(transaction);
    }
}
