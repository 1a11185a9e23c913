package nl.uitzicht.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The region's decision as the case manager fills it in: outcome, the category granted (so/vso), the period, budget
 * and/or hours (arrangements), the reasons and the date. A refusal needs no period.
 */
public record DecisionInput(
        Outcome outcome,
        @Nullable FundingCategory fundingCategory,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable BigDecimal budgetAmount,
        @Nullable BigDecimal hours,
        String reasons,
        LocalDate decidedOn) {}
