package nl.uitzicht.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What counts as basic support for the mirror, per school: the region's standard plus the categories
 * the school's own SOP profile says it covers. A region that has recorded neither falls back on the
 * proposed national minimum (language, giftedness, work behaviour), and says so.
 *
 * @param source     {@link RegionDashboard#STANDARD_REGION} or {@link RegionDashboard#STANDARD_NATIONAL_MINIMUM}
 * @param standard   the categories every school must cover
 * @param profiles   per school, the categories its SOP covers (schools without a profile are absent)
 * @param categories the mirror's columns: every category that is basic support at some school, in order
 * @param names      category names by id
 */
record BasicSupport(
        String source,
        Set<UUID> standard,
        Map<UUID, Set<UUID>> profiles,
        List<UUID> categories,
        Map<UUID, String> names) {

    boolean usesProfiles() {
        return RegionDashboard.STANDARD_REGION.equals(source);
    }

    boolean isBasicAt(UUID school, UUID category) {
        return standard.contains(category)
                || profiles.getOrDefault(school, Set.of()).contains(category);
    }

    /** How many of the standard's categories the school's SOP leaves out; null when it has no profile. */
    @Nullable
    Integer gapsOf(UUID school) {
        Set<UUID> covered = profiles.get(school);
        return covered == null
                ? null
                : (int) standard.stream().filter(c -> !covered.contains(c)).count();
    }

    String nameOf(UUID category) {
        return names.getOrDefault(category, "?");
    }

    /** A PostgreSQL array literal of the ids, for {@code cast(:param as uuid[])}. */
    static String arrayLiteral(Set<UUID> ids) {
        return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }
}
