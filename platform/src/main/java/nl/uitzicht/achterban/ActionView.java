package nl.uitzicht.achterban;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record ActionView(
        UUID id,
        int position,
        String title,
        ActionStatus status,
        @Nullable String notes,
        long version) {}
