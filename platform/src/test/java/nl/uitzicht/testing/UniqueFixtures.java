package nl.uitzicht.testing;

import java.util.UUID;
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

    /**
     * Registers a new active region under an SWV code of the sector from {@link Unique#regionCode}; returns its id.
     * (A random free code, as before, could be one that {@link Unique} hands out later in the same JVM: "SWV code
     * already registered" in whichever test drew it next.)
     */
    public static UUID region(RegionDirectory regions, String name, Sector sector) {
        return Callers.call(Callers.system(), () -> {
            String code = Unique.regionCode(sector.name());
            return regions.register(code, name + " " + code, sector).getId();
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
