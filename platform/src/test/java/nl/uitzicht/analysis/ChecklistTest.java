package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChecklistTest {

    private static ChecklistItem item(String code) {
        return new ChecklistItem(code, ChecklistPart.PROCESS, "s", "0", "1", "2");
    }

    private final Checklist checklist = new Checklist(
            UUID.randomUUID(),
            UUID.randomUUID(),
            2,
            "Eigen",
            true,
            "A",
            Instant.EPOCH,
            List.of(item("A"), item("B"), item("C")),
            0);

    @Test
    void itemsAreFoundByTheirCodeAndNumberedFromOne() {
        assertThat(checklist.item("B")).contains(item("B"));
        assertThat(checklist.position("A")).isEqualTo(1);
        assertThat(checklist.position("C")).isEqualTo(3);
    }

    @Test
    void anUnknownCodeIsAbsent() {
        assertThat(checklist.item("Z")).isEmpty();
        assertThat(checklist.position("Z")).isEqualTo(-1);
    }
}
