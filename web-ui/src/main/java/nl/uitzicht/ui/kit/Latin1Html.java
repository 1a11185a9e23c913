package nl.uitzicht.ui.kit;

import org.springframework.web.util.HtmlUtils;

/**
 * Text escaped for HTML, in Latin-1 only: every other character (an en dash, say) as a character reference.
 * Vaadin keeps its last answer to a browser as a Java string until the browser's next message; one character
 * outside Latin-1 makes Java keep the whole answer in UTF-16, at twice the size (issue 13, ADR 0075).
 */
public final class Latin1Html {

    private Latin1Html() {}

    public static String escape(String text) {
        String escaped = HtmlUtils.htmlEscape(text);
        if (escaped.chars().allMatch(c -> c <= 0xFF)) {
            return escaped;
        }
        StringBuilder b = new StringBuilder(escaped.length() + 8);
        escaped.codePoints().forEach(c -> {
            if (c <= 0xFF) {
                b.append((char) c);
            } else {
                b.append("&#").append(c).append(';');
            }
        });
        return b.toString();
    }
}
