/**
 * The OPP (ontwikkelingsperspectiefplan): its three legal parts (factoren, {@link
 * nl.uitzicht.opp.Uitstroomperspectief}, {@link nl.uitzicht.opp.Handelingsdeel}), the pupil's view,
 * the workflow from draft to consent, monitoring, evaluation and versions, and the PDF for parents.
 * Public: the application services and value types in this package; entities and repositories are
 * package-private.
 */
@ApplicationModule(
        displayName = "OPP",
        allowedDependencies = {
            "access",
            "audit",
            "cache",
            "cluster",
            "document",
            "parent",
            "pupil",
            "school",
            "support",
            "tenancy",
            "validation"
        })
@NullMarked
package nl.uitzicht.opp;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
