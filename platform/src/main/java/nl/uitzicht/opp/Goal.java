package nl.uitzicht.opp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A SMART(I) goal of the handelingsdeel. */
@Embeddable
public record Goal(
        @Column(name = "goal_key", nullable = false) UUID key,

        @Enumerated(EnumType.STRING) @Column(nullable = false)
        FactorDomain domain,

        @Column(nullable = false) String description,
        @Nullable String baseline,
        @Nullable String measure,
        @Column(name = "target_on") @Nullable LocalDate targetOn)
        implements Serializable {

    /** What keeps this goal from being SMART(I): i18n keys of the prompts to show. */
    public List<String> smartPrompts() {
        List<String> prompts = new ArrayList<>();
        if (measure == null || measure.isBlank()) {
            prompts.add("opp.smart.noMeasure");
        }
        if (targetOn == null) {
            prompts.add("opp.smart.noDate");
        }
        if (baseline == null || baseline.isBlank()) {
            prompts.add("opp.smart.noBaseline");
        }
        return prompts;
    }
}
