package nl.uitzicht.opp;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One version of the plan's content: the three legal parts and the pupil's view. */
public record OppContent(int versionNo, Instant createdAt, @Nullable LocalDate consentedOn, List<Factor> factors,
                         Uitstroomperspectief perspective, Handelingsdeel handelingsdeel, String pupilView,
                         @Nullable LocalDate pupilHeardOn) implements Serializable {

    public List<Factor> factors(FactorKind kind) {
        return factors.stream().filter(f -> f.kind() == kind).toList();
    }

    public Optional<Goal> goal(UUID key) {
        return handelingsdeel.goals().stream().filter(g -> g.key().equals(key)).findFirst();
    }

    public Optional<Factor> factor(UUID key) {
        return factors.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
