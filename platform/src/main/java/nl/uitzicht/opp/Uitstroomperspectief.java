package nl.uitzicht.opp;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The expected exit destination (legal part 2), reasoned from the factors it names, and what is
 * needed to reach it. Empty while the plan is being drafted.
 */
public record Uitstroomperspectief(
        @Nullable ExitDestination destination, String reasoning, List<UUID> factorKeys, String needed)
        implements Serializable {

    public boolean complete() {
        return destination != null && !reasoning.isBlank() && !needed.isBlank();
    }
}
