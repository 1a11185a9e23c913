package nl.uitzicht.dashboard;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.school.SchoolType;
import org.jspecify.annotations.Nullable;

/** Everything the region dashboard shows for one filter: aggregates only, small cells suppressed. */
public record Dashboard(
        DashboardFilter filter,
        List<SchoolRate> schools,
        List<TypeRate> types,
        Cell totalOpps,
        int totalPupils,
        List<MonthCount> trend,
        Quality quality,
        Mirror mirror,
        Reach reach)
        implements Serializable {

    /** OPPs per 100 pupils: null when the count is suppressed. */
    public static @Nullable Double per100(Cell opps, int pupils) {
        return opps.suppressed() || pupils == 0 ? null : Math.round(opps.value() * 1000.0 / pupils) / 10.0;
    }

    public record SchoolRate(UUID schoolId, String name, SchoolType type, int pupils, Cell opps)
            implements Serializable {
        public @Nullable Double per100() {
            return Dashboard.per100(opps, pupils);
        }
    }

    public record TypeRate(SchoolType type, int schools, int pupils, Cell opps) implements Serializable {
        public @Nullable Double per100() {
            return Dashboard.per100(opps, pupils);
        }
    }

    /** OPPs whose extra support started in a month. */
    public record MonthCount(YearMonth month, Cell opps) implements Serializable {}

    /**
     * Consensus scores per item (mean 0-2 over the OPPs scored) and automatic-check compliance, next to the
     * Inspectie benchmark: about half of OPPs in bo and vmbo meet the legal requirements (April 2024).
     */
    public record Quality(
            List<ItemScore> items, @Nullable Double overallMean, List<Compliance> checks, double benchmark)
            implements Serializable {}

    public record ItemScore(
            int position, String code, Cell opps, @Nullable Double mean) implements Serializable {}

    /** Of the OPPs for which the check is due, the share that passes (null when fewer than 5 due). */
    public record Compliance(
            String check, Cell due, Cell passing, @Nullable Double share) implements Serializable {}

    /**
     * The basic-support mirror: pupils with extra support (in an OPP) in a category that belongs to basic
     * support, per school × category. Schools and categories ranked: where basic support falls short most
     * first. A category is basic support at a school when the region's standard or the school's SOP says so
     * ({@code applies}); elsewhere its cell is empty. {@code standardSource} says which standard decided.
     */
    public record Mirror(
            List<MirrorSchool> schools,
            List<MirrorCategory> categories,
            List<List<Cell>> cells,
            List<List<Boolean>> applies,
            Cell total,
            String standardSource)
            implements Serializable {

        public boolean applies(int school, int category) {
            return applies.get(school).get(category);
        }
    }

    /** {@code sopGaps}: standard categories the school's SOP leaves out (null: no SOP profile recorded). */
    public record MirrorSchool(
            UUID schoolId,
            String name,
            SchoolType type,
            int pupils,
            Cell total,
            @Nullable Integer sopGaps) implements Serializable {
        public @Nullable Double per100() {
            return Dashboard.per100(total, pupils);
        }
    }

    /** {@code inStandard}: in the region's standard (else basic support only where a school's SOP says so). */
    public record MirrorCategory(UUID categoryId, String name, boolean inStandard, Cell total)
            implements Serializable {}

    /**
     * Trainers' reach in the period: their achterban mapped (stakeholders, by status, schools reached) and
     * conversations held, per month. Counts of adults and conversations only; no names, no notes.
     */
    public record Reach(
            int trainers,
            int stakeholders,
            Map<String, Integer> byStatus,
            int schoolsReached,
            int conversations,
            int conversationsWithOpps,
            List<MonthConversations> months)
            implements Serializable {}

    public record MonthConversations(YearMonth month, int conversations, int withOpps) implements Serializable {}
}
