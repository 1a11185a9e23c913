package nl.uitzicht.achterban;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.trainer.Checks;
import org.jspecify.annotations.Nullable;

/** What a trainer fills in for a stakeholder. Nullable fields are checked by {@link #errors()}. */
public record StakeholderDraft(
        @Nullable StakeholderKind kind,
        @Nullable String name,
        @Nullable String role,
        @Nullable UUID schoolId,
        @Nullable String involvement,
        @Nullable Level influence,
        @Nullable Level interest,
        @Nullable StakeholderStatus status,
        @Nullable String privateNotes) {

    /** Field name to message key; empty when the draft is fine (the school's existence is checked by the service). */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.present(errors, "kind", kind);
        Checks.required(errors, "name", name, 120);
        Checks.maxLength(errors, "role", role, 120);
        if (kind == StakeholderKind.SCHOOL && schoolId == null) {
            errors.put("schoolId", "achterban.validation.schoolRequired");
        }
        Checks.maxLength(errors, "involvement", involvement, 1000);
        Checks.present(errors, "influence", influence);
        Checks.present(errors, "interest", interest);
        Checks.present(errors, "status", status);
        Checks.maxLength(errors, "privateNotes", privateNotes, 2000);
        return errors;
    }
}
