package nl.uitzicht.achterban;

import java.time.Instant;
import java.util.UUID;

public record QuestionView(
        UUID id, UUID trainerId, String text, boolean forNextMeeting, Instant createdAt, long version) {}
