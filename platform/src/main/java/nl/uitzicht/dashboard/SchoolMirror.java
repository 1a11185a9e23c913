package nl.uitzicht.dashboard;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.school.SchoolType;
import org.jspecify.annotations.Nullable;

/**
 * One school's basic-support mirror and checklist results against its region (issue 18 point 4), for the
 * trainers of its achterban and its school leaders. Aggregates only, taken from the same suppressed dashboards
 * the policy staff see (the school's, protected against the region's, and the region's); never a pupil, never a
 * group under 5 ({@link Cell#text()} "&lt; 5"), and no other school by name. Rates, means and shares are null
 * where their count is suppressed.
 *
 * @param standardSource {@link RegionDashboard#STANDARD_REGION} or {@link RegionDashboard#STANDARD_NATIONAL_MINIMUM}
 * @param benchmark      the Inspectie's share of OPPs that meet the legal requirements (bo and vmbo, April 2024)
 */
public record SchoolMirror(
        UUID schoolId,
        String schoolName,
        SchoolType type,
        SchoolYear schoolYear,
        String standardSource,
        Figures school,
        Figures region,
        List<Category> categories,
        List<Item> items,
        List<Check> checks,
        double benchmark)
        implements Serializable {

    public SchoolMirror {
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        checks = List.copyOf(checks);
    }

    /**
     * The school's or the region's totals: pupils, OPPs, OPPs with extra support in a basic-support category,
     * and the mean consensus score over all checklist items.
     */
    public record Figures(
            int pupils,
            Cell opps,
            Cell basicSupportOpps,
            @Nullable Double checklistMean) implements Serializable {

        public @Nullable Double oppsPer100() {
            return Dashboard.per100(opps, pupils);
        }

        public @Nullable Double basicSupportPer100() {
            return Dashboard.per100(basicSupportOpps, pupils);
        }
    }

    /**
     * A support category that belongs to basic support somewhere in the region: OPPs with extra support in it at
     * the school ({@code atSchool} false: not basic support at this school, its cell is empty) and in the region.
     */
    public record Category(UUID categoryId, String name, boolean inStandard, boolean atSchool, Cell school, Cell region)
            implements Serializable {}

    /** A checklist item's consensus mean (0-2) at the school and in the region, with the OPPs scored. */
    public record Item(
            int position,
            String code,
            Cell schoolOpps,
            @Nullable Double schoolMean,
            Cell regionOpps,
            @Nullable Double regionMean)
            implements Serializable {}

    /** An automatic check: of the OPPs for which it is due, the share that passes, at the school and in the region. */
    public record Check(
            String check,
            Cell schoolDue,
            @Nullable Double schoolShare,
            Cell regionDue,
            @Nullable Double regionShare) implements Serializable {}
}
