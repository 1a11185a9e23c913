/**
 * Region dashboards for policy staff (and each school's mirror against the region for its trainers and school
 * leaders, {@link nl.uitzicht.dashboard.SchoolMirrors}): OPPs per 100 pupils, quality (consensus scores, automatic-check
 * compliance against the Inspectie benchmark) and the basic-support mirror. Aggregates only, from
 * SQL, with small-cell suppression; never an individual pupil or OPP.
 */
@ApplicationModule(
        displayName = "Dashboards",
        allowedDependencies = {"access", "achterban", "cache", "identity", "school", "support", "tenancy", "validation"
        })
@NullMarked
package nl.uitzicht.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
