package nl.uitzicht.achterban;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.Callers.TestPerson;
import nl.uitzicht.testing.TestTransactions;
import nl.uitzicht.testing.UniqueFixtures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The people of an achterban test: trainers Anna and Bert in a region of their own, and a second
 * region where Anna may work too. Everything is new per test, so nothing another test made is seen.
 */
record TwoTrainers(TestTransactions tx, UUID region, UUID otherRegion, UUID anna, UUID bert) {

    static TwoTrainers create(RegionDirectory regions, AccountDirectory accounts, PlatformTransactionManager tm) {
        return new TwoTrainers(
                new TestTransactions(tm),
                UniqueFixtures.region(regions, "Regio A", Sector.PO),
                UniqueFixtures.region(regions, "Regio B", Sector.VO),
                UniqueFixtures.account(accounts, "Anna"),
                UniqueFixtures.account(accounts, "Bert"));
    }

    /**
     * How many of the trainer's rows in {@code table} the app role sees, and may update, with
     * {@code tenant} bound: row-level security alone, without Hibernate's tenant filter.
     */
    String rowsSeenAndChangeableIn(JdbcTemplate jdbc, UUID tenant, String table, UUID trainer) {
        return tx.as(
                tenant,
                () -> jdbc.queryForObject(
                                "select count(*) from " + table + " where trainer_id = ?", Long.class, trainer)
                        + " seen, "
                        + jdbc.update("update " + table + " set version = version" + " where trainer_id = ?", trainer)
                        + " changeable");
    }

    static Authentication trainer(UUID account) {
        return Callers.person(new TestPerson(account, Set.of()), Role.TRAINER);
    }

    /** As {@code trainer}, in a transaction with {@link #region} bound. */
    <T> T inRegion(UUID trainer, Supplier<T> body) {
        return in(region, trainer, body);
    }

    <T> T in(UUID tenant, UUID trainer, Supplier<T> body) {
        return Callers.call(trainer(trainer), () -> tx.as(tenant, body));
    }

    void inRegion(UUID trainer, Runnable body) {
        in(region, trainer, body);
    }

    void in(UUID tenant, UUID trainer, Runnable body) {
        in(tenant, trainer, () -> {
            body.run();
            return null;
        });
    }
}
