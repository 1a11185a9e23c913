package nl.uitzicht.ui.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Just enough JSON for chart options. Characters outside Latin-1 are written as {@code \\uXXXX}: the options
 * travel inside Vaadin's answer, which the server keeps as a Java string until the browser's next message,
 * and a single en dash would make Java keep all of it in UTF-16, at twice the size (issue 13).
 */
final class Json {

    private Json() {}

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '<' -> sb.append("\\u003c");
                default -> {
                    if (c < 0x20 || c > 0xFF) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static String strings(List<String> values) {
        return values.stream().map(Json::str).collect(Collectors.joining(",", "[", "]"));
    }

    static String numbers(List<? extends Number> values) {
        return values.stream().map(v -> v == null ? "null" : v.toString()).collect(Collectors.joining(",", "[", "]"));
    }
}
