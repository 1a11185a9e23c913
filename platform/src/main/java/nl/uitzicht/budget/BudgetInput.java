package nl.uitzicht.budget;

import java.io.Serializable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What the editor typed: an amount in euros and/or hours; either may be empty, not both. */
public record BudgetInput(
        @Nullable BigDecimal amount, @Nullable BigDecimal hours) implements Serializable {}
