package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Basic support at a school: the region's standard plus what the school's SOP covers. */
class BasicSupportTest {

    private final UUID reading = UUID.randomUUID();
    private final UUID maths = UUID.randomUUID();
    private final UUID behaviour = UUID.randomUUID();
    private final UUID withProfile = UUID.randomUUID();
    private final UUID without = UUID.randomUUID();
    private final BasicSupport basic = new BasicSupport(
            RegionDashboard.STANDARD_REGION,
            Set.of(reading, maths),
            Map.of(withProfile, Set.of(reading, behaviour)),
            List.of(reading, maths, behaviour),
            Map.of(reading, "Lezen", maths, "Rekenen"));

    @Test
    void aCategoryIsBasicWhereTheStandardOrTheSchoolsSopSaysSo() {
        assertThat(basic.isBasicAt(without, reading)).isTrue();
        assertThat(basic.isBasicAt(without, behaviour)).isFalse();
        assertThat(basic.isBasicAt(withProfile, behaviour)).isTrue();
        assertThat(basic.isBasicAt(withProfile, UUID.randomUUID())).isFalse();
    }

    @Test
    void gapsAreTheStandardsCategoriesTheSopLeavesOut() {
        assertThat(basic.gapsOf(withProfile)).isEqualTo(1);
        assertThat(basic.gapsOf(without)).isNull();
    }

    @Test
    void theSourceAndNames() {
        assertThat(basic.usesProfiles()).isTrue();
        assertThat(new BasicSupport(RegionDashboard.STANDARD_NATIONAL_MINIMUM, Set.of(), Map.of(), List.of(), Map.of())
                        .usesProfiles())
                .isFalse();
        assertThat(basic.nameOf(maths)).isEqualTo("Rekenen");
        assertThat(basic.nameOf(behaviour)).isEqualTo("?");
    }

    @Test
    void idsAsAPostgresArrayLiteral() {
        assertThat(BasicSupport.arrayLiteral(Set.of())).isEqualTo("{}");
        Set<UUID> two = new LinkedHashSet<>(List.of(reading, maths));
        assertThat(BasicSupport.arrayLiteral(two)).isEqualTo("{" + reading + "," + maths + "}");
    }
}
