package nl.uitzicht.duoimport;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the administrator decided on the preview: which schools added by hand to close as well
 * (by BRIN + vestigingsnummer; none unless chosen), whether closing schools with open OPPs is
 * confirmed, the fingerprint of the plan they saw (null: apply whatever the files say now, as the
 * API allows), and how the files came in (for the history).
 */
public record ImportChoices(
        Set<String> closeManual,
        boolean closeWithOpenOpps,
        @Nullable String expectedFingerprint,
        ImportOrigin origin) {

    public ImportChoices {
        closeManual = Set.copyOf(closeManual);
    }

    /** How the files of an import came in. */
    public enum ImportOrigin {
        UPLOAD,
        DUO,
        API
    }
}
