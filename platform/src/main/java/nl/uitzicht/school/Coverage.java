package nl.uitzicht.school;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/** A set of support categories (by id) and the version it was read at, for optimistic locking. */
public record Coverage(Set<UUID> categoryIds, long version) implements Serializable {

    public Coverage {
        categoryIds = Set.copyOf(categoryIds);
    }

    public boolean covers(UUID categoryId) {
        return categoryIds.contains(categoryId);
    }
}
