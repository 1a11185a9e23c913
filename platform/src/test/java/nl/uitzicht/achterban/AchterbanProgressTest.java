package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AchterbanProgressTest {

    @Test
    void aStatusNobodyHasCountsZero() {
        AchterbanProgress p = new AchterbanProgress(1, 3, Map.of(StakeholderStatus.ON_BOARD, 2), 4, 1, 0, 1, 4, 0);
        assertThat(p.withStatus(StakeholderStatus.ON_BOARD)).isEqualTo(2);
        assertThat(p.withStatus(StakeholderStatus.CRITICAL)).isZero();
    }

    @Test
    void theCountsPerStatusAreACopy() {
        Map<StakeholderStatus, Integer> counts = new EnumMap<>(StakeholderStatus.class);
        counts.put(StakeholderStatus.CRITICAL, 1);
        AchterbanProgress p = new AchterbanProgress(1, 1, counts, 0, 0, 0, 0, 4, 0);
        counts.put(StakeholderStatus.CRITICAL, 9);
        assertThat(p.withStatus(StakeholderStatus.CRITICAL)).isEqualTo(1);
        assertThatThrownBy(() -> p.byStatus().put(StakeholderStatus.ON_BOARD, 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
