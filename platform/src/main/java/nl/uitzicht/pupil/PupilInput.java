package nl.uitzicht.pupil;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a school records about a pupil. No BSN, no address: a name or pseudonym is enough. */
public record PupilInput(
        @Nullable String name,
        @Nullable Integer birthYear,
        @Nullable String group,
        @Nullable LocalDate enrolledOn,
        @Nullable LocalDate leftOn) {}
