package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChecklistEntityTest {

    @Test
    void aNewVersionIsCurrentUntilItIsSuperseded() {
        UUID family = UUID.randomUUID();
        ChecklistEntity v2 = new ChecklistEntity(family, 2, "Eigen", DefaultChecklist.ITEMS, "A", Instant.EPOCH);
        assertThat(v2.isCurrent()).isTrue();
        assertThat(v2.view().current()).isTrue();
        v2.supersede();
        assertThat(v2.isCurrent()).isFalse();
        assertThat(v2.view().current()).isFalse();
        assertThat(v2.view().familyId()).isEqualTo(family);
        assertThat(v2.getVersionNo()).isEqualTo(2);
    }

    @Test
    void theItemsAreCopiedInAndOut() {
        List<ChecklistItem> items = new ArrayList<>(DefaultChecklist.ITEMS);
        ChecklistEntity entity = new ChecklistEntity(UUID.randomUUID(), 1, "n", items, "A", Instant.EPOCH);
        items.clear();
        assertThat(entity.view().items()).hasSize(DefaultChecklist.ITEMS.size());
    }
}
