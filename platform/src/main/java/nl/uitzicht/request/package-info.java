/**
 * Requests to the region (issue 16, ADR 0092): a school asks the samenwerkingsverband for an arrangement or a
 * toelaatbaarheidsverklaring (TLV), built from the pupil's current OPP (linked by version). The region's case
 * managers handle the queue, experts advise only on the requests assigned to them (two for a TLV, one an
 * orthopedagogue or psychologist), the region decides with a letter that states the objection route, and
 * objections are registered with their own deadline. Who calls is checked by method security and again against
 * the request: a school's staff reach their schools' requests, an expert only the requests assigned to them, a
 * parent only the decided requests of their own children. Every read and change is audited.
 */
@ApplicationModule(
        displayName = "Requests to the region",
        allowedDependencies = {
            "access",
            "audit",
            "document",
            "identity",
            "opp",
            "parent",
            "pupil",
            "school",
            "support",
            "tenancy",
            "validation"
        })
@NullMarked
package nl.uitzicht.request;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
