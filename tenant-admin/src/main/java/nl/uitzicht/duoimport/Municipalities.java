package nl.uitzicht.duoimport;

import java.util.Locale;

/** DUO writes municipalities in capitals ("UTRECHTSE HEUVELRUG"); shown as people write them. */
final class Municipalities {

    private Municipalities() {}

    static String display(String raw) {
        String trimmed = raw.trim();
        if (trimmed.isEmpty() || !trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
            return trimmed;
        }
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        String lower = trimmed.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (wordStart && lower.startsWith("ij", i)) {
                out.append("IJ");
                i++;
                wordStart = false;
                continue;
            }
            boolean apostropheS = wordStart && c == 's' && i > 0 && lower.charAt(i - 1) == '\'';
            out.append(wordStart && !apostropheS ? Character.toUpperCase(c) : c);
            wordStart = c == ' ' || c == '-' || c == '\'' || c == '(';
        }
        return out.toString();
    }
}
