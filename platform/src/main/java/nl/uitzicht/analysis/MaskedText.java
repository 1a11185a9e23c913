package nl.uitzicht.analysis;

import java.io.Serializable;
import java.util.List;

/**
 * An uploaded OPP's text with its direct identifiers replaced by placeholders ({@code [LEERLING]},
 * {@code [NAAM 1]}, {@code [DATUM]}, {@code [ADRES]}, ...), and where each placeholder stands in it, so the
 * uploader sees what was masked.
 */
public record MaskedText(String text, List<Mask> masks) implements Serializable {

    public MaskedText {
        masks = List.copyOf(masks);
    }

    private static final java.util.regex.Pattern PLACEHOLDER =
            java.util.regex.Pattern.compile("\\[(LEERLING|NAAM \\d+|DATUM|ADRES|TELEFOON|E-MAIL|BSN)]");

    /** Text masked before (a confirmed upload's), with its placeholders found again to mark them. */
    public static MaskedText marked(String maskedText) {
        java.util.List<Mask> masks = new java.util.ArrayList<>();
        java.util.regex.Matcher m = PLACEHOLDER.matcher(maskedText);
        while (m.find()) {
            masks.add(new Mask(m.start(), m.end(), m.group(), kindOf(m.group(1))));
        }
        return new MaskedText(maskedText, masks);
    }

    private static Kind kindOf(String placeholder) {
        return switch (placeholder) {
            case "LEERLING" -> Kind.PUPIL;
            case "DATUM" -> Kind.DATE;
            case "ADRES" -> Kind.ADDRESS;
            case "TELEFOON" -> Kind.PHONE;
            case "E-MAIL" -> Kind.EMAIL;
            case "BSN" -> Kind.BSN;
            default -> Kind.NAME;
        };
    }

    /** What was masked: a pupil's, another person's name, a date, an address, ... */
    public enum Kind {
        PUPIL,
        NAME,
        DATE,
        ADDRESS,
        PHONE,
        EMAIL,
        BSN,
        TERM
    }

    /** A placeholder at {@code [start, end)} of {@link #text}. */
    public record Mask(int start, int end, String placeholder, Kind kind) implements Serializable {}
}
