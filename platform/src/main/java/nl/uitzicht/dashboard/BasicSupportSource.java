package nl.uitzicht.dashboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.school.BasicSupportProfiles;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import org.springframework.stereotype.Component;

/** Reads the region's basic-support standard and SOP profiles into a {@link BasicSupport}. */
@Component
class BasicSupportSource {

    private final BasicSupportProfiles profiles;
    private final SupportCategories categories;

    BasicSupportSource(BasicSupportProfiles profiles, SupportCategories categories) {
        this.profiles = profiles;
        this.categories = categories;
    }

    /** Basic support for the given schools (the mirror's rows). */
    BasicSupport current(Collection<UUID> schools) {
        List<SupportCategory> all = categories.all();
        Map<UUID, String> names = all.stream().collect(Collectors.toMap(SupportCategory::id, SupportCategory::name));
        Set<UUID> standard = profiles.standard();
        Map<UUID, Set<UUID>> bySchool = new HashMap<>(profiles.coverageBySchool());
        bySchool.keySet().retainAll(Set.copyOf(schools));
        boolean recorded = !standard.isEmpty() || bySchool.values().stream().anyMatch(c -> !c.isEmpty());
        if (!recorded) {
            Set<UUID> minimum = all.stream()
                    .filter(c -> c.active() && c.nationalMinimum())
                    .map(SupportCategory::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return new BasicSupport(
                    RegionDashboard.STANDARD_NATIONAL_MINIMUM, minimum, Map.of(), List.copyOf(minimum), names);
        }
        Set<UUID> basicSomewhere = new LinkedHashSet<>(standard);
        bySchool.values().forEach(basicSomewhere::addAll);
        List<UUID> columns = all.stream()
                .map(SupportCategory::id)
                .filter(basicSomewhere::contains)
                .toList();
        return new BasicSupport(RegionDashboard.STANDARD_REGION, standard, bySchool, columns, names);
    }
}
