package nl.uitzicht.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * A per-request security check's answers from the database, asked again at most once per {@code fresh} per key.
 * While the database is away the last known answer stands, so a blip does not end every open session at its
 * next click or turn it into an outage page: what needs the database fails on its own and is told as an
 * outage (issue 22), and the check resumes once the database is back. With no answer known yet the outage is
 * thrown. Holds at most {@value #MAX_KEYS} keys (then starts over).
 */
final class RecentAnswers<K, V> {

    private static final Logger log = LoggerFactory.getLogger(RecentAnswers.class);
    static final int MAX_KEYS = 100_000;

    private record Known<V>(V answer, Instant at) {}

    private final String what;
    private final Duration fresh;
    private final Clock clock;
    private final Function<K, V> ask;
    private final Map<K, Known<V>> known = new ConcurrentHashMap<>();

    RecentAnswers(String what, Duration fresh, Clock clock, Function<K, V> ask) {
        this.what = what;
        this.fresh = fresh;
        this.clock = clock;
        this.ask = ask;
    }

    V get(K key) {
        Instant now = clock.instant();
        Known<V> k = known.get(key);
        if (k == null || k.at().plus(fresh).isBefore(now)) {
            try {
                k = new Known<>(ask.apply(key), now);
            } catch (DataAccessException unreachable) {
                if (k == null) {
                    throw unreachable;
                }
                log.warn("{} of {} not checked again: database unreachable, the last known answer stands", what, key);
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
