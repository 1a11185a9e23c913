package nl.uitzicht.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.school.SchoolType;
import org.jspecify.annotations.Nullable;

/**
 * The region's requests to the region (arrangements and TLVs) in one school year, for policy staff, region
 * administrators and case managers: aggregates only, never a request or a pupil; every count of requests under 5
 * and what would reveal it is suppressed ({@link SmallCells}), and rates, medians, shares and amounts go with their
 * counts (ADR 0095).
 *
 * @param types     the request types, the columns of {@code schools[].byType} and the rows of {@code byType}
 * @param outcomes  {@link #OUTCOMES}: the columns of {@code schools[].byOutcome} and {@code byType[].byOutcome}
 * @param schools   per school: requests submitted in the year by type and by outcome so far
 * @param byType    per type: the same requests by outcome
 * @param typeTotals requests per type (the column totals of the schools' types)
 * @param outcomeTotals requests per outcome
 * @param requests  all requests submitted in the year
 * @param overdueNow requests not yet decided whose decision term has passed, today
 */
public record RequestFigures(
        SchoolYear schoolYear,
        List<String> types,
        List<String> outcomes,
        List<SchoolRequests> schools,
        List<TypeOutcomes> byType,
        List<Cell> typeTotals,
        List<Cell> outcomeTotals,
        Cell requests,
        Cell overdueNow,
        TlvTrend tlvTrend,
        List<LeadTime> leadTimes,
        Spending spending,
        BasicSupportAsks basicSupport)
        implements Serializable {

    /** What became of a request: decided (three ways), not decided yet, or withdrawn. */
    public static final List<String> OUTCOMES = List.of("GRANTED", "PARTLY", "REFUSED", "OPEN", "WITHDRAWN");

    /** Requests submitted in the year by one school, by type and by outcome; {@code total} is their number. */
    public record SchoolRequests(
            UUID schoolId,
            String name,
            SchoolType type,
            int pupils,
            List<Cell> byType,
            List<Cell> byOutcome,
            Cell total)
            implements Serializable {}

    /** Requests of one type by outcome. */
    public record TypeOutcomes(String type, List<Cell> byOutcome, Cell total) implements Serializable {}

    /**
     * TLVs granted (wholly or partly; distinct pupils) per school per school year, by the day of the decision, the
     * oldest year first and the dashboard's year last; the region's line below. Per 100 of the school's pupils.
     */
    public record TlvTrend(List<SchoolYear> years, List<TlvSchool> schools, List<Cell> region, int regionPupils)
            implements Serializable {

        public @Nullable Double regionPer100(int year) {
            return Dashboard.per100(region.get(year), regionPupils);
        }
    }

    public record TlvSchool(UUID schoolId, String name, int pupils, List<Cell> tlvs) implements Serializable {

        public @Nullable Double per100(int year) {
            return Dashboard.per100(tlvs.get(year), pupils);
        }
    }

    /**
     * Requests decided in the year ({@code type} null: all types): how many, the median number of days from
     * submission to decision, and how many were decided within their term. Median and share are null when the
     * counts behind them are suppressed.
     */
    public record LeadTime(
            @Nullable String type,
            Cell decided,
            @Nullable Double medianDays,
            Cell onTime,
            @Nullable Double onTimeShare) implements Serializable {}

    /**
     * Arrangements granted (wholly or partly) that start in the year, per school against the budget the region set
     * (ADR 0095). Amounts and hours are null where the number of arrangements behind them is suppressed; budgets are
     * the region's own figures and always shown.
     */
    public record Spending(List<SchoolSpending> schools, SchoolSpending total) implements Serializable {}

    public record SchoolSpending(
            @Nullable UUID schoolId,
            String name,
            Cell arrangements,
            @Nullable BigDecimal amount,
            @Nullable BigDecimal hours,
            @Nullable BigDecimal budgetAmount,
            @Nullable BigDecimal budgetHours)
            implements Serializable {

        /** The share of the budget amount granted, in percent; null without a budget or a shown amount. */
        public @Nullable Double amountUsed() {
            return used(amount, budgetAmount);
        }

        /** The share of the budget hours granted, in percent. */
        public @Nullable Double hoursUsed() {
            return used(hours, budgetHours);
        }

        private static @Nullable Double used(@Nullable BigDecimal granted, @Nullable BigDecimal budget) {
            return granted == null || budget == null || budget.signum() == 0
                    ? null
                    : Math.round(granted.doubleValue() * 1000.0 / budget.doubleValue()) / 10.0;
        }
    }

    /**
     * The link with the basic-support mirror: requests submitted in the year that ask for extra support (in the OPP
     * version they rest on) in a category that is basic support at the requesting school. Schools ranked by such
     * requests per 100 pupils, suppressed ones last; per category the region's count.
     */
    public record BasicSupportAsks(
            List<AskingSchool> schools, List<AskedCategory> categories, Cell total, String standardSource)
            implements Serializable {}

    public record AskingSchool(UUID schoolId, String name, int pupils, Cell requests, Cell basicSupportRequests)
            implements Serializable {

        public @Nullable Double per100() {
            return Dashboard.per100(basicSupportRequests, pupils);
        }
    }

    public record AskedCategory(UUID categoryId, String name, Cell requests) implements Serializable {}
}
