package nl.uitzicht.budget;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One school in one school year: the budget the region set (null when none yet) and what its decisions granted for
 * arrangements that start in that year (sums of amounts and hours, and how many arrangements).
 *
 * @param version the budget's version for saving (null: no budget stored yet)
 */
public record SchoolBudget(
        UUID schoolId,
        String schoolName,
        int schoolYear,
        @Nullable BigDecimal budgetAmount,
        @Nullable BigDecimal budgetHours,
        @Nullable Long version,
        int arrangements,
        BigDecimal grantedAmount,
        BigDecimal grantedHours)
        implements Serializable {

    /** What is left of the amount (negative: over budget); null without a budget amount. */
    public @Nullable BigDecimal remainingAmount() {
        return budgetAmount == null ? null : budgetAmount.subtract(grantedAmount);
    }

    /** What is left of the hours (negative: over budget); null without budget hours. */
    public @Nullable BigDecimal remainingHours() {
        return budgetHours == null ? null : budgetHours.subtract(grantedHours);
    }

    /** Whether more was granted than the budget allows, in euros or in hours. */
    public boolean overBudget() {
        BigDecimal amount = remainingAmount();
        BigDecimal hours = remainingHours();
        return (amount != null && amount.signum() < 0) || (hours != null && hours.signum() < 0);
    }
}
