package nl.uitzicht.opp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What someone does to reach one or more goals: who (teacher, parents, pupil, external), how often,
 * in which of the region's support categories, and whether it is basic or extra support.
 */
@Embeddable
public record Intervention(
        @Column(name = "intervention_key", nullable = false) UUID key,
        @Column(nullable = false) String description,

        @Enumerated(EnumType.STRING) @Column(nullable = false)
        Performer performer,

        @Column(nullable = false) String frequency,

        @JdbcTypeCode(SqlTypes.ARRAY) @Column(name = "goal_keys", nullable = false)
        UUID[] goalKeys,

        @Column(name = "support_category_id", nullable = false)
        UUID supportCategoryId,

        @Enumerated(EnumType.STRING) @Column(name = "support_level", nullable = false)
        SupportLevel level)
        implements Serializable {

    public List<UUID> goals() {
        return List.of(goalKeys);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Intervention other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return "Intervention[" + key + ", " + description + "]";
    }
}
