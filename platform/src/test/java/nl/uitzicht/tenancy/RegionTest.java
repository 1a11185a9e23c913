package nl.uitzicht.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A region's life: active, suspended (and back), ended after suspension, and never back from ended. */
class RegionTest {

    private final Region region =
            new Region(UUID.randomUUID(), "PO2001", "SWV Utrecht PO", Sector.PO, Instant.parse("2026-09-01T08:00:00Z"));

    @Test
    void aNewRegionIsActive() {
        assertThat(region.getStatus()).isEqualTo(RegionStatus.ACTIVE);
        assertThat(region.isActive()).isTrue();
        assertThat(region.isEnded()).isFalse();
    }

    @Test
    void aSuspendedRegionCanBeReactivated() {
        region.suspend();
        assertThat(region.isActive()).isFalse();
        region.reactivate();
        assertThat(region.isActive()).isTrue();
    }

    @Test
    void onlyASuspendedRegionCanEnd() {
        assertThatThrownBy(region::end).isInstanceOf(IllegalStateException.class);
        assertThat(region.getStatus()).isEqualTo(RegionStatus.ACTIVE);
        region.suspend();
        region.end();
        assertThat(region.isEnded()).isTrue();
    }

    @Test
    void anEndedRegionStaysEnded() {
        region.suspend();
        region.end();
        assertThatThrownBy(region::reactivate).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(region::end).isInstanceOf(IllegalStateException.class);
        assertThat(region.getStatus()).isEqualTo(RegionStatus.ENDED);
    }

    @Test
    void swvCodesArePoOrVoWithFourDigits() {
        assertThat(RegionDirectory.SWV_CODE.matcher("PO2001").matches()).isTrue();
        assertThat(RegionDirectory.SWV_CODE.matcher("VO2304").matches()).isTrue();
        assertThat(RegionDirectory.SWV_CODE.matcher("po2001").matches()).isFalse();
        assertThat(RegionDirectory.SWV_CODE.matcher("PO201").matches()).isFalse();
        assertThat(RegionDirectory.SWV_CODE.matcher("MO2001").matches()).isFalse();
        assertThat(RegionDirectory.SWV_CODE.matcher("PO20011").matches()).isFalse();
    }
}
