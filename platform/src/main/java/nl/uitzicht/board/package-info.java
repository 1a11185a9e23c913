/**
 * The board report (issue 18 point 5, ADR 0099): the region's course school year over school year for its board,
 * as a screen and as a PDF. OPPs per 100 pupils, the automatic checks next to the Inspectie benchmark, the
 * checklist consensus per school year of the scoring round, goals reached at evaluation, the length of OPPs, where
 * pupils went when an OPP ended, and where basic support falls short. Aggregates only, suppressed as the
 * dashboards are; never an individual pupil.
 */
@ApplicationModule(
        displayName = "Board report",
        allowedDependencies = {"access", "audit", "cache", "dashboard", "document", "school", "tenancy"})
@NullMarked
package nl.uitzicht.board;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
