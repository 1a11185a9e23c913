package nl.uitzicht.analysis;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/** The automatic checks of one OPP on one day. */
public record CheckReport(UUID oppId, Map<AutomaticCheck, AutomaticCheck.Outcome> outcomes, int pages)
        implements Serializable {

    public AutomaticCheck.Outcome outcome(AutomaticCheck check) {
        return outcomes.get(check);
    }

    /** Meets every check that is due. */
    public boolean compliant() {
        return outcomes.values().stream().noneMatch(o -> o == AutomaticCheck.Outcome.FAIL);
    }
}
