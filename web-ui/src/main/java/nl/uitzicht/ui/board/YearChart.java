package nl.uitzicht.ui.board;

import java.util.List;
import java.util.Locale;
import nl.uitzicht.ui.kit.Latin1Html;
import org.jspecify.annotations.Nullable;

/**
 * One figure of the board report per school year as bars, drawn on the server as inline SVG (as the evaluation's
 * goal course is, ADR 0083): a bar per year with its figure above it (or "te weinig" and no bar), the year below,
 * and the Inspectie's figure as a dashed line where there is one. One string: nothing kept in the session.
 */
final class YearChart {

    static final int WIDTH = 520;
    static final int HEIGHT = 190;
    private static final int TOP = 22;
    private static final int BOTTOM = 24;
    private static final int LEFT = 12;

    private YearChart() {}

    /**
     * @param years  the school years' labels, oldest first
     * @param values the figure per year, null where none is shown
     * @param texts  the figure per year as written (also "te weinig", "&lt; 5", "–")
     * @param max    the top of the scale, or null for the largest value
     * @param benchmark the Inspectie's figure on the same scale, or null
     * @param label  what the chart shows, for screen readers
     */
    static String svg(
            List<String> years,
            List<@Nullable Double> values,
            List<String> texts,
            @Nullable Double max,
            @Nullable Double benchmark,
            @Nullable String benchmarkText,
            String label) {
        double top = max != null
                ? max
                : values.stream()
                        .filter(java.util.Objects::nonNull)
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(1);
        if (benchmark != null) {
            top = Math.max(top, benchmark);
        }
        top = top <= 0 ? 1 : top;
        int n = years.size();
        double slot = (WIDTH - 2.0 * LEFT) / n;
        double barWidth = Math.min(64, slot * 0.6);
        double plot = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder("<svg class=\"board-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\""
                + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" role=\"img\" aria-label=\"" + esc(label) + "\">");
        svg.append("<line class=\"axis\" x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(WIDTH - LEFT)
                .append("\" y1=\"")
                .append(number(TOP + plot))
                .append("\" y2=\"")
                .append(number(TOP + plot))
                .append("\" stroke=\"currentColor\" stroke-opacity=\"0.4\"/>");
        for (int i = 0; i < n; i++) {
            double centre = LEFT + slot * i + slot / 2;
            Double v = values.get(i);
            double height = v == null ? 0 : plot * Math.min(Math.max(v, 0), top) / top;
            double y = TOP + plot - height;
            if (v != null) {
                svg.append("<rect class=\"bar\" x=\"")
                        .append(number(centre - barWidth / 2))
                        .append("\" y=\"")
                        .append(number(y))
                        .append("\" width=\"")
                        .append(number(barWidth))
                        .append("\" height=\"")
                        .append(number(height))
                        .append("\" fill=\"#1f6f8b\"/>");
            }
            text(svg, centre, y - 5, texts.get(i), "value");
            text(svg, centre, HEIGHT - 7, years.get(i), "year");
        }
        if (benchmark != null) {
            double y = TOP + plot - plot * benchmark / top;
            svg.append("<line class=\"benchmark\" x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(WIDTH - LEFT)
                    .append("\" y1=\"")
                    .append(number(y))
                    .append("\" y2=\"")
                    .append(number(y))
                    .append("\" stroke=\"#b85c00\" stroke-dasharray=\"6 4\"/>");
            svg.append("<text class=\"benchmark-label\" x=\"")
                    .append(WIDTH - LEFT)
                    .append("\" y=\"")
                    .append(number(y - 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#b85c00\">")
                    .append(esc(benchmarkText == null ? "" : benchmarkText))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static void text(StringBuilder svg, double x, double y, String text, String css) {
        svg.append("<text class=\"")
                .append(css)
                .append("\" x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"currentColor\">")
                .append(esc(text))
                .append("</text>");
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String esc(String text) {
        return Latin1Html.escape(text);
    }
}
