package nl.uitzicht.tenancy;

import java.sql.PreparedStatement;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Binds {@code app.tenant_id} with {@code set_config(..., true)} right after BEGIN, on the very
 * connection of the transaction. COMMIT and ROLLBACK discard it, so it can never leak to the
 * next user of a pooled connection. No tenant bound: nothing is set and RLS matches no row.
 *
 * <p>When binding fails (the connection died: a crash, a failover, a terminated backend), the transaction
 * that {@code super.doBegin} opened is rolled back and everything it bound to the thread is released before
 * the failure is thrown, as Spring does for a failure inside its own {@code doBegin}. Otherwise the half-begun
 * transaction would stay bound to the request thread, and every later request on that thread would join it:
 * without the region bound (reads find nothing, an outage answered as "not found") or on a dead connection.
 */
class TenantAwareJpaTransactionManager extends JpaTransactionManager {

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        UUID tenant = TenantContext.current();
        if (tenant == null) {
            return;
        }
        try {
            EntityManagerHolder holder =
                    (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
            if (holder == null) {
                throw new IllegalStateException("No EntityManager bound after begin");
            }
            holder.getEntityManager().unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement ps =
                        connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                    ps.setString(1, tenant.toString());
                    ps.execute();
                }
            });
        } catch (RuntimeException failed) {
            abandon(transaction, failed);
            throw new CannotCreateTransactionException("Could not bind the region to the transaction", failed);
        }
    }

    /** Rolls back what {@code super.doBegin} began and unbinds it from the thread (the connection goes back). */
    private void abandon(Object transaction, RuntimeException cause) {
        try {
            doRollback(new DefaultTransactionStatus(null, transaction, true, false, false, false, false, null));
        } catch (RuntimeException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
        } finally {
            doCleanupAfterCompletion(transaction);
        }
    }
}
