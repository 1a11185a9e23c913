/**
 * Region dashboards for policy staff: OPPs per 100 pupils, quality (consensus scores, automatic-check
 * compliance against the Inspectie benchmark) and the basic-support mirror. Aggregates only, from
 * SQL, with small-cell suppression; never an individual pupil or OPP.
 */
@ApplicationModule(
        displayName = "Dashboards",
        allowedDependencies = {"access", "cache", "school", "support", "tenancy"})
@NullMarked
package nl.uitzicht.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
