package nl.uitzicht.goallibrary;

import java.io.Serializable;
import java.util.UUID;
import nl.uitzicht.opp.FactorDomain;

/**
 * One goal of the library: a short title, the SMART(I) goal text a plan starts from, how it is measured, and
 * example interventions (free text) to help write the plan's interventions. {@code version} for optimistic
 * locking.
 */
public record LibraryGoal(
        UUID id,
        UUID supportCategoryId,
        FactorDomain domain,
        String title,
        String goalText,
        String measure,
        String exampleInterventions,
        boolean retired,
        long version)
        implements Serializable {}
