/**
 * The school year of a region (issue 14 point 6, ADR 0085): the region's rollover day and retention term
 * ({@link nl.uitzicht.schoolyear.SchoolYearSetup}), and the rollover ({@link
 * nl.uitzicht.schoolyear.SchoolYearRollover}): groups move up, leavers leave and their OPPs close, yearly
 * evaluations fall in the new year; a dry run first, then one all-or-nothing run per school year.
 */
@ApplicationModule(
        displayName = "School year",
        allowedDependencies = {"access", "audit", "opp", "pupil", "school", "tenancy", "validation"})
@NullMarked
package nl.uitzicht.schoolyear;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
