/**
 * What the requests to the region put on people's worklists (issue 16 point 3, ADR 0095): a school's decisions that
 * end within 8 weeks ("verlenging aanvragen", on the staff member's worklist and in the daily digest as counts), and
 * the requests past their decision term for the region's case managers. Read by SQL from the requests and their
 * decisions, inside the bound region; reads of pupils' names are audited.
 */
@ApplicationModule(
        displayName = "Request worklists",
        allowedDependencies = {"access", "audit", "pupil", "tenancy"})
@NullMarked
package nl.uitzicht.requestwork;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
