package nl.uitzicht.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * One statement of a checklist, scored 0, 1 or 2, with what each score means. {@code code} stays
 * the same across versions of a checklist, so scores can be compared between versions.
 */
@Embeddable
public record ChecklistItem(
        @Column(nullable = false) String code,

        @Enumerated(EnumType.STRING) @Column(nullable = false)
        ChecklistPart part,

        @Column(nullable = false) String statement,
        @Column(nullable = false) String level0,
        @Column(nullable = false) String level1,
        @Column(nullable = false) String level2)
        implements Serializable {

    public static final int MAX_SCORE = 2;

    public String level(int score) {
        return switch (score) {
            case 0 -> level0;
            case 1 -> level1;
            case 2 -> level2;
            default -> throw new IllegalArgumentException("score " + score);
        };
    }
}
