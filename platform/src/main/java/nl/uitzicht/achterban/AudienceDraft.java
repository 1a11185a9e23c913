package nl.uitzicht.achterban;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.uitzicht.trainer.Checks;
import org.jspecify.annotations.Nullable;

/** The five questions of the audience analysis; all optional, each with a length limit. */
public record AudienceDraft(
        @Nullable String publiek,
        @Nullable String situatie,
        @Nullable String complexiteit,
        @Nullable String vragen,
        @Nullable String kernboodschap) {

    public static final AudienceDraft EMPTY = new AudienceDraft(null, null, null, null, null);

    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.maxLength(errors, "publiek", publiek, 2000);
        Checks.maxLength(errors, "situatie", situatie, 2000);
        Checks.maxLength(errors, "complexiteit", complexiteit, 2000);
        Checks.maxLength(errors, "vragen", vragen, 2000);
        Checks.maxLength(errors, "kernboodschap", kernboodschap, 500);
        return errors;
    }
}
