package nl.uitzicht.analysis;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a region's checklist. Editing makes a new version in the same family; rounds keep
 * the version they were scored with. {@code version} is the optimistic-locking token.
 */
public record Checklist(
        UUID id,
        UUID familyId,
        int versionNo,
        String name,
        boolean current,
        String createdBy,
        Instant createdAt,
        List<ChecklistItem> items,
        long version)
        implements Serializable {

    public Optional<ChecklistItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public int position(String code) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).code().equals(code)) {
                return i + 1;
            }
        }
        return -1;
    }
}
