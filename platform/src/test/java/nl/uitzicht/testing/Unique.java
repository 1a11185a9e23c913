package nl.uitzicht.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names no other test in the JVM uses, so tests that share a context (and its database) never
 * need to wipe tables: each makes its own regions and accounts. Generated region codes are in the
 * range 9000-9999, which no test writes literally or counts into (fixtures count from 1500 to 5499).
 */
public final class Unique {

    private static final AtomicInteger REGIONS = new AtomicInteger(9000);
    private static final AtomicInteger NAMES = new AtomicInteger();

    private Unique() {}

    /** A region code of the sector ("PO" or "VO") not used before in this JVM. */
    public static String regionCode(String sector) {
        int n = REGIONS.getAndIncrement();
        if (n > 9999) {
            throw new IllegalStateException("More than 1000 generated region codes in one JVM");
        }
        return sector + n;
    }

    /** An e-mail address starting with {@code name}, not used before in this JVM. */
    public static String email(String name) {
        return name.toLowerCase() + "." + NAMES.incrementAndGet() + "@unique.test";
    }
}
