/**
 * OPP templates (issue 14, ADR 0081): a starting content of factors, goals and interventions without any pupil
 * data, kept by the region admin for the whole region or by school staff for their school. A new OPP can start
 * from one ({@link nl.uitzicht.opp.StartingPoint.FromTemplate}).
 */
@ApplicationModule(
        displayName = "OPP templates",
        allowedDependencies = {"access", "audit", "opp", "pupil", "support", "validation"})
@NullMarked
package nl.uitzicht.opptemplate;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
