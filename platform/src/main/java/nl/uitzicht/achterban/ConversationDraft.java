package nl.uitzicht.achterban;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.uitzicht.trainer.Checks;
import org.jspecify.annotations.Nullable;

/** A conversation to log: when, about what, whether OPPs were looked at together, what follows. */
public record ConversationDraft(
        @Nullable LocalDate heldOn,
        @Nullable String topic,
        boolean oppsReviewed,
        @Nullable String followUp) {

    public Map<String, String> errors(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.present(errors, "heldOn", heldOn);
        if (heldOn != null && heldOn.isAfter(today)) {
            errors.put("heldOn", "achterban.validation.conversationInFuture");
        }
        Checks.required(errors, "topic", topic, 200);
        Checks.maxLength(errors, "followUp", followUp, 1000);
        return errors;
    }
}
