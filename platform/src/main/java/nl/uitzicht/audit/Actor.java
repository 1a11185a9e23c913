package nl.uitzicht.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who acted: a person (by account id) or the system. */
public record Actor(@Nullable UUID id, String name) {

    public static final Actor SYSTEM = new Actor(null, "system");
}
