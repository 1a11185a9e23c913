package nl.uitzicht.ui.schoolyear;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** One school's line in a report's summary: how many rows of each kind (keys are message-key suffixes). */
record SchoolCount(UUID schoolId, String schoolName, Map<String, Long> counts) implements Serializable {

    long count(String kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /** Counts the rows per school, schools sorted by name. */
    static <T> List<SchoolCount> of(
            List<T> rows, Function<T, UUID> school, Function<T, String> name, Function<T, String> kind) {
        Map<UUID, SchoolCount> bySchool = new LinkedHashMap<>();
        for (T row : rows) {
            bySchool.computeIfAbsent(
                            school.apply(row), id -> new SchoolCount(id, name.apply(row), new LinkedHashMap<>()))
                    .counts()
                    .merge(kind.apply(row), 1L, Long::sum);
        }
        List<SchoolCount> sorted = new ArrayList<>(bySchool.values());
        sorted.sort(Comparator.comparing(SchoolCount::schoolName));
        return sorted;
    }
}
