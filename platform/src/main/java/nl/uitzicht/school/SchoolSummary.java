package nl.uitzicht.school;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A school as other features and the UI see it; {@code source} says whether DUO or a person added it. */
public record SchoolSummary(
        UUID id,
        String brin,
        String vestiging,
        String name,
        SchoolType type,
        @Nullable String municipality,
        int pupilCount,
        @Nullable LocalDate closedOn,
        long version,
        SchoolSource source) {

    /** BRIN plus vestigingsnummer, e.g. {@code 12AB00}. */
    public String code() {
        return brin + vestiging;
    }

    public boolean open() {
        return closedOn == null;
    }
}
