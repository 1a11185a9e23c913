package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.school.BasicSupportProfiles;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import org.junit.jupiter.api.Test;

/**
 * What counts as basic support for the mirror: the region's standard and the schools' SOPs, or, when a
 * region recorded neither, the proposed national minimum (language, giftedness, work behaviour).
 */
class BasicSupportSourceTest {

    private final SupportCategory reading = category("Lezen", true, true);
    private final SupportCategory maths = category("Rekenen", false, true);
    private final SupportCategory gifted = category("Meerbegaafdheid", true, true);
    private final SupportCategory switchedOff = category("Taal", true, false);
    private final BasicSupportProfiles profiles = mock(BasicSupportProfiles.class);
    private final SupportCategories categories = mock(SupportCategories.class);
    private final BasicSupportSource source = new BasicSupportSource(profiles, categories);
    private final UUID school = UUID.randomUUID();
    private final UUID otherSchool = UUID.randomUUID();
    private int position;

    private SupportCategory category(String name, boolean nationalMinimum, boolean active) {
        return new SupportCategory(UUID.randomUUID(), name.toUpperCase(), name, position++, active, nationalMinimum, 0);
    }

    BasicSupportSourceTest() {
        when(categories.all()).thenReturn(List.of(reading, maths, gifted, switchedOff));
    }

    @Test
    void aRegionThatRecordedNothingFallsBackOnTheActiveNationalMinimum() {
        when(profiles.standard()).thenReturn(Set.of());
        when(profiles.coverageBySchool()).thenReturn(Map.of(school, Set.of()));
        BasicSupport basic = source.current(List.of(school));
        assertThat(basic.source()).isEqualTo(RegionDashboard.STANDARD_NATIONAL_MINIMUM);
        assertThat(basic.categories()).containsExactly(reading.id(), gifted.id());
        assertThat(basic.usesProfiles()).isFalse();
        assertThat(basic.gapsOf(school)).isNull();
    }

    @Test
    void theRegionsStandardAndTheSchoolsSopMakeTheColumnsInTheRegionsOrder() {
        when(profiles.standard()).thenReturn(Set.of(gifted.id()));
        when(profiles.coverageBySchool()).thenReturn(Map.of(school, Set.of(maths.id()), otherSchool, Set.of(reading.id())));
        BasicSupport basic = source.current(List.of(school));
        assertThat(basic.source()).isEqualTo(RegionDashboard.STANDARD_REGION);
        assertThat(basic.categories()).as("other schools' SOPs are not this mirror's business")
                .containsExactly(maths.id(), gifted.id());
        assertThat(basic.isBasicAt(school, maths.id())).isTrue();
        assertThat(basic.isBasicAt(otherSchool, reading.id())).isFalse();
        assertThat(basic.gapsOf(school)).isEqualTo(1);
        assertThat(basic.nameOf(gifted.id())).isEqualTo("Meerbegaafdheid");
    }

    @Test
    void oneSchoolsSopAloneIsEnoughToLeaveTheNationalMinimum() {
        when(profiles.standard()).thenReturn(Set.of());
        when(profiles.coverageBySchool()).thenReturn(Map.of(school, Set.of(maths.id())));
        BasicSupport basic = source.current(List.of(school));
        assertThat(basic.source()).isEqualTo(RegionDashboard.STANDARD_REGION);
        assertThat(basic.categories()).containsExactly(maths.id());
    }
}
