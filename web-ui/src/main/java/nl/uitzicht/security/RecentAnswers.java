package nl.uitzicht.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers of a session check of {@link SessionIdentityFilter} ({@link AccessVersions}, {@link ActiveRegions}),
 * asked of the database at most once per {@code fresh} per key. While the database is away ({@link DatabaseAway})
 * the last known answer stands: a blip does not fail every request of an open page (what needs the database fails
 * on its own, with its own Dutch message), and the check resumes once the database is back. With no answer known
 * yet, the outage is thrown (answered 503). Holds at most {@value #MAX_KEYS} keys, then starts over.
 */
final class RecentAnswers<K, V> {

    private static final Logger log = LoggerFactory.getLogger(RecentAnswers.class);
    static final int MAX_KEYS = 100_000;

    private record Known<V>(V answer, Instant at) {}

    private final String what;
    private final Duration fresh;
    private final Clock clock;
    private final DatabaseAway away;
    private final Function<K, V> ask;
    private final Map<K, Known<V>> known = new ConcurrentHashMap<>();

    RecentAnswers(String what, Duration fresh, Clock clock, DatabaseAway away, Function<K, V> ask) {
        this.what = what;
        this.fresh = fresh;
        this.clock = clock;
        this.away = away;
        this.ask = ask;
    }

    V get(K key) {
        Instant now = clock.instant();
        Known<V> k = known.get(key);
        if (k == null || k.at().plus(fresh).isBefore(now)) {
            if (k != null && away.recently()) {
                return k.answer();
            }
            try {
                k = new Known<>(ask.apply(key), now);
            } catch (RuntimeException failure) {
                if (k == null || !away.met(failure)) {
                    throw failure;
                }
                log.warn("{} of {} not checked: database unreachable, the last known answer stands", what, key);
                return k.answer();
            }
            if (known.size() >= MAX_KEYS) {
                known.clear();
            }
            known.put(key, k);
        }
        return k.answer();
    }

    /** Asks the database again at the next check. */
    void forget(K key) {
        known.remove(key);
    }
}
