package nl.uitzicht.achterban;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record ConversationView(
        UUID id,
        UUID stakeholderId,
        LocalDate heldOn,
        String topic,
        boolean oppsReviewed,
        @Nullable String followUp) {}
