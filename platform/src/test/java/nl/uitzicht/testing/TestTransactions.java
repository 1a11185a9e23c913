package nl.uitzicht.testing;

import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs test code in a transaction, as a region or as no region at all. */
public final class TestTransactions {

    private final TransactionTemplate tx;

    public TestTransactions(PlatformTransactionManager transactionManager) {
        this.tx = new TransactionTemplate(transactionManager);
    }

    public <T> T as(UUID tenant, Supplier<T> body) {
        return TenantContext.callAs(tenant, () -> inTx(body));
    }

    public void runAs(UUID tenant, Runnable body) {
        as(tenant, () -> {
            body.run();
            return null;
        });
    }

    public <T> T inTx(Supplier<T> body) {
        return tx.execute(status -> body.get());
    }
}
