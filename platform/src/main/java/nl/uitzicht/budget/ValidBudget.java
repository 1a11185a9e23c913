package nl.uitzicht.budget;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/** A budget after its checks: not negative, within the columns' bounds, euros in cents, hours in tenths. */
record ValidBudget(@Nullable BigDecimal amount, @Nullable BigDecimal hours) {

    /** At most 9 999 999 999,99 (numeric(12,2)). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    /** At most 9 999 999,9 (numeric(8,1)). */
    static final BigDecimal MAX_HOURS = new BigDecimal("9999999.9");

    static ValidBudget of(BudgetInput input) {
        Map<String, String> problems = new LinkedHashMap<>();
        check("amount", input.amount(), MAX_AMOUNT, 2, problems);
        check("hours", input.hours(), MAX_HOURS, 1, problems);
        if (input.amount() == null && input.hours() == null) {
            problems.put("amount", "budget.error.empty");
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.of(problems);
        }
        return new ValidBudget(strip(input.amount()), strip(input.hours()));
    }

    private static void check(
            String field, @Nullable BigDecimal value, BigDecimal max, int scale, Map<String, String> problems) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            problems.put(field, "budget.error.negative");
        } else if (value.compareTo(max) > 0) {
            problems.put(field, "budget.error." + field + ".tooLarge");
        } else if (value.stripTrailingZeros().scale() > scale) {
            problems.put(field, "budget.error." + field + ".scale");
        }
    }

    private static @Nullable BigDecimal strip(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().max(BigDecimal.ZERO);
    }
}
