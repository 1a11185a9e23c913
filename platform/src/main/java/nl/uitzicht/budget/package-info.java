/**
 * Arrangement budgets (issue 16 point 3, ADR 0095): per school and school year what the region sets aside for
 * arrangements (an amount and/or hours), against what its decisions granted in that school year. Kept by case
 * managers and region administrators; every change audited and guarded by the version the editor saw. The granted
 * figures are read from the decisions by SQL (sums per school; never a pupil).
 */
@ApplicationModule(
        displayName = "Arrangement budgets",
        allowedDependencies = {"access", "audit", "tenancy", "validation"})
@NullMarked
package nl.uitzicht.budget;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
