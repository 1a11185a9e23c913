/**
 * OPP analysis: versioned checklists (the region's copy of the default "Checklist OPP"), scoring
 * rounds in which raters score pseudonymised OPPs independently, comparison with divergence flags,
 * consensus, agreement statistics (percent agreement, Krippendorff's alpha), and automatic checks
 * computed from the OPP data; OPPs written elsewhere uploaded into a round, their text masked before raters
 * read it and the file kept encrypted ({@link nl.uitzicht.analysis.OppUploads}, ADR 0096).
 */
@ApplicationModule(
        displayName = "OPP analysis",
        allowedDependencies = {"access", "audit", "identity", "opp", "school", "tenancy", "validation"})
@NullMarked
package nl.uitzicht.analysis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
