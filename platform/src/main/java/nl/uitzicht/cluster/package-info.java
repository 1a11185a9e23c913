/**
 * Running several app nodes side by side: work that must happen once across the cluster
 * ({@link nl.uitzicht.cluster.ScheduledOnce} for scheduled jobs, guarded by a lock row in PostgreSQL
 * that stays internal to this package).
 */
@ApplicationModule(
        displayName = "Cluster jobs",
        allowedDependencies = {})
@NullMarked
package nl.uitzicht.cluster;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
