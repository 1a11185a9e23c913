/**
 * The retention of pupil files (issue 14 point 6, ADR 0086): {@link nl.uitzicht.retention.RetentionJob}
 * deletes an OPP and, once none is left, the pupil's registration when the region's term has passed; a dry
 * run first, an audit record per deletion, the dashboard's counts kept as anonymous figures; nightly on one
 * node of the cluster and by hand from the region admin's screen.
 */
@ApplicationModule(
        displayName = "Retention",
        allowedDependencies = {"access", "audit", "cluster", "dashboard", "schoolyear", "tenancy"})
@NullMarked
package nl.uitzicht.retention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
