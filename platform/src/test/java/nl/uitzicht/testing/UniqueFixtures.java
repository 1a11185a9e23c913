package nl.uitzicht.testing;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;

/**
 * Regions and accounts of one test, with codes and addresses no other test uses, so tests can share
 * one database in any order: a test reads and counts only what it made itself, and cleans up nothing.
 * Both are made as the system, whoever the test's caller is.
 */
public final class UniqueFixtures {

    private UniqueFixtures() {}

    /** Registers a new active region under a free SWV code of the sector; returns its id. */
    public static UUID region(RegionDirectory regions, String name, Sector sector) {
        return Callers.call(Callers.system(), () -> {
            for (int attempt = 0; attempt < 100; attempt++) {
                String code = sector.name()
                        + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
                if (regions.findByCode(code).isEmpty()) {
                    return regions.register(code, name + " " + code, sector).getId();
                }
            }
            throw new IllegalStateException("No free SWV code found for " + sector);
        });
    }

    /** Creates an account with a password under an address no other test uses; returns its id. */
    public static UUID account(AccountDirectory accounts, String displayName) {
        String email = displayName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "-" + UUID.randomUUID()
                + "@example.org";
        return Callers.call(
                Callers.system(),
                () -> accounts.createAccount(email, displayName, "secret-password-1")
                        .id());
    }
}
