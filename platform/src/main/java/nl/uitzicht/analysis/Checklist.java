package nl.uitzicht.analysis;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.validation.InvalidInput;

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

    /** Refuses a score for an item this checklist does not have, or outside 0 to the maximum score. */
    void requireScore(String itemCode, int value) {
        item(itemCode).orElseThrow(() -> new InvalidInput("item", "analysis.error.itemNotFound"));
        if (value < 0 || value > ChecklistItem.MAX_SCORE) {
            throw new InvalidInput("score", "analysis.error.scoreRange");
        }
    }

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
