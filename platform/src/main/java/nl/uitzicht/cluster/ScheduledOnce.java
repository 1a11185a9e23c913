package nl.uitzicht.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put next to {@code @Scheduled}: of all app nodes whose timers fire, only the one that takes the
 * {@link ClusterLock} named {@link #name()} runs the job; the others skip that turn. Durations in
 * Spring Boot notation ({@code 30s}, {@code 10m}) or ISO-8601 ({@code PT10M}).
 *
 * <pre>{@code
 * @Scheduled(cron = "0 15 2 * * *", zone = "Europe/Amsterdam")
 * @ScheduledOnce(name = "nightly-retention", lockAtMostFor = "30m", lockAtLeastFor = "1m")
 * void purgeExpiredDossiers() { ... }
 * }</pre>
 *
 * A scheduled job runs with no region bound: bind each region with {@code TenantContext.runAs}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ScheduledOnce {

    /** The lock's name, unique per job. */
    String name();

    /** Longest a run may hold the lock; a node that dies mid-run frees it after this. */
    String lockAtMostFor() default "10m";

    /** Shortest the lock is held, to absorb timers that fire a little apart on different nodes. */
    String lockAtLeastFor() default "5s";
}
