package nl.uitzicht.opptemplate;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.opp.FactorDomain;
import org.jspecify.annotations.Nullable;

/**
 * A template as read: the region's ({@code schoolId} null) or one school's. Its lines become the factors, goals
 * and interventions of a new plan, in {@code domain}; the interventions get {@code supportCategoryId} and
 * {@code frequency} and serve all goals. {@code version} for optimistic locking.
 */
public record OppTemplate(
        UUID id,
        @Nullable UUID schoolId,
        String name,
        FactorDomain domain,
        @Nullable UUID supportCategoryId,
        List<String> hinderingFactors,
        List<String> helpingFactors,
        List<String> goals,
        List<String> interventions,
        String frequency,
        boolean retired,
        long version)
        implements Serializable {

    public boolean regionWide() {
        return schoolId == null;
    }
}
