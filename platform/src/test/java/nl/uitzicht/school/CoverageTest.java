package nl.uitzicht.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void coversExactlyItsCategoriesAndIsACopy() {
        UUID reading = UUID.randomUUID();
        Set<UUID> ids = new HashSet<>(Set.of(reading));
        Coverage c = new Coverage(ids, 3);
        ids.add(UUID.randomUUID());
        assertThat(c.covers(reading)).isTrue();
        assertThat(c.categoryIds()).hasSize(1);
        assertThat(c.covers(UUID.randomUUID())).isFalse();
    }

    @Test
    void theStandardAndAProfileKeepTheirCategoriesInOrderWithoutDuplicates() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        BasicSupportStandardRow standard = BasicSupportStandardRow.empty();
        assertThat(standard.categories()).isEmpty();
        standard.require(List.of(b, a));
        assertThat(standard.categories()).containsExactly(b, a);
        SchoolSupportProfile profile = new SchoolSupportProfile(UUID.randomUUID());
        profile.cover(List.of(a, b, a));
        assertThat(profile.categories()).containsExactly(a, b);
        profile.cover(List.of());
        assertThat(profile.categories()).isEmpty();
    }
}
