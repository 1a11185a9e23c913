package nl.uitzicht.achterban;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record ThoughtView(UUID id, String thought, @Nullable String answer, long version) {}
