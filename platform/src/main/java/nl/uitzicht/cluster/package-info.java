/**
 * Running several app nodes side by side: work that must happen once across the cluster (a
 * {@link nl.uitzicht.cluster.ClusterLock} in PostgreSQL, {@link nl.uitzicht.cluster.ScheduledOnce}
 * for scheduled jobs).
 */
@NullMarked
package nl.uitzicht.cluster;

import org.jspecify.annotations.NullMarked;
