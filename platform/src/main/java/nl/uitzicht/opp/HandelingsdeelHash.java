package nl.uitzicht.opp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The fingerprint of a handelingsdeel: SHA-256 over every field of its goals, interventions and
 * agreements in their order, each length-prefixed (so no two different texts give the same input).
 * A parent's digital consent is bound to it: any change of the action part asks again.
 */
final class HandelingsdeelHash {

    private HandelingsdeelHash() {}

    static String of(Handelingsdeel part) {
        StringBuilder text = new StringBuilder("handelingsdeel/1");
        for (Goal g : part.goals()) {
            add(text, "goal", g.key(), g.domain(), g.description(), g.baseline(), g.measure(), g.targetOn());
        }
        for (Intervention i : part.interventions()) {
            add(
                    text,
                    "intervention",
                    i.key(),
                    i.description(),
                    i.performer(),
                    i.frequency(),
                    i.goals(),
                    i.supportCategoryId(),
                    i.level());
        }
        for (Agreement a : part.agreements()) {
            add(text, "agreement", a.key(), a.party(), a.description());
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(StringBuilder text, Object... fields) {
        for (Object field : fields) {
            String value = Objects.toString(field, "\u0000");
            text.append('|').append(value.length()).append(':').append(value);
        }
    }
}
