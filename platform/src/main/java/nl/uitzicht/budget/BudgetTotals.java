package nl.uitzicht.budget;

import java.io.Serializable;
import java.math.BigDecimal;

/** The region's budgets and grants of one school year added up over its schools. */
public record BudgetTotals(
        int schoolYear,
        BigDecimal budgetAmount,
        BigDecimal budgetHours,
        int arrangements,
        BigDecimal grantedAmount,
        BigDecimal grantedHours)
        implements Serializable {}
