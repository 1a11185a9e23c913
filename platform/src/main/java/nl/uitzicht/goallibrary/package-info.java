/**
 * The region's goal library (issue 14, ADR 0081): SMART(I)-phrased goals with example interventions per
 * support category, kept by the region admin; school staff pick from it in the OPP's handelingsdeel and
 * adapt the text before it becomes a goal of a plan. Holds no pupil data.
 */
@ApplicationModule(
        displayName = "Goal library",
        allowedDependencies = {"access", "audit", "opp", "support", "validation"})
@NullMarked
package nl.uitzicht.goallibrary;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
