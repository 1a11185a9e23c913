package nl.uitzicht.trainer;

import org.jspecify.annotations.Nullable;

/** Version -1: not saved yet. */
public record TrainerProfileView(
        @Nullable String programmeGroup, @Nullable String twoYearHope, long version) {

    public static final TrainerProfileView EMPTY = new TrainerProfileView(null, null, -1);
}
