package nl.uitzicht.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.uitzicht.trainer.Checks;
import org.jspecify.annotations.Nullable;

/** A meeting of the programme as the region admin edits it. */
public record MeetingDraft(
        @Nullable MeetingKind kind,
        @Nullable String title,
        @Nullable String topics,
        @Nullable String schoolYear,
        @Nullable String period,
        @Nullable String hours,
        @Nullable LocalDate heldOn) {

    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.present(errors, "kind", kind);
        Checks.required(errors, "title", title, 120);
        Checks.maxLength(errors, "topics", topics, 2000);
        Checks.required(errors, "schoolYear", schoolYear, 20);
        Checks.maxLength(errors, "period", period, 40);
        Checks.maxLength(errors, "hours", hours, 20);
        return errors;
    }
}
