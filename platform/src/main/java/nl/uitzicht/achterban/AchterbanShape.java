package nl.uitzicht.achterban;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Which kinds of stakeholders, and which schools, make up a trainer's achterban: input for buddy suggestions. */
public record AchterbanShape(Set<StakeholderKind> kinds, Set<UUID> schoolIds, int stakeholders) {

    public static final AchterbanShape EMPTY = new AchterbanShape(Set.of(), Set.of(), 0);

    static AchterbanShape of(StakeholderView s) {
        return new AchterbanShape(Set.of(s.kind()), s.schoolId() == null ? Set.of() : Set.of(s.schoolId()), 1);
    }

    AchterbanShape plus(AchterbanShape other) {
        Set<StakeholderKind> k = new HashSet<>(kinds);
        k.addAll(other.kinds);
        Set<UUID> sc = new HashSet<>(schoolIds);
        sc.addAll(other.schoolIds);
        return new AchterbanShape(Set.copyOf(k), Set.copyOf(sc), stakeholders + other.stakeholders);
    }
}
