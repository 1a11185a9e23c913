package nl.uitzicht.goallibrary;

import java.util.UUID;
import nl.uitzicht.opp.FactorDomain;
import org.jspecify.annotations.Nullable;

/** What the region admin types for a library goal; checked by {@link GoalLibrary}. */
public record LibraryGoalInput(
        @Nullable UUID supportCategoryId,
        @Nullable FactorDomain domain,
        @Nullable String title,
        @Nullable String goalText,
        @Nullable String measure,
        @Nullable String exampleInterventions) {}
