package nl.uitzicht.pupil;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record PupilSummary(
        UUID id,
        UUID schoolId,
        String name,
        int birthYear,
        String group,
        LocalDate enrolledOn,
        @Nullable LocalDate leftOn,
        long version)
        implements Serializable {

    public boolean hasLeft() {
        return leftOn != null;
    }
}
