package nl.uitzicht.opp;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.document.Pdf;
import org.jspecify.annotations.Nullable;

/** Writes the parents' version of an OPP as XHTML for the PDF renderer: A4, plain Dutch, current content only. */
final class OppDocumentTemplate {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));
    private static final String CSS = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm;
                    @bottom-center { content: "Pagina " counter(page) " van " counter(pages); font-size: 8pt; color: #555; } }
            body { font-family: sans-serif; font-size: 10pt; line-height: 1.4; color: #1d2733; }
            h1 { font-size: 17pt; margin: 0 0 4pt 0; color: #0b4f71; }
            h2 { font-size: 12.5pt; margin: 14pt 0 4pt 0; padding-bottom: 2pt; border-bottom: 1.5pt solid #0b4f71; color: #0b4f71; }
            h3 { font-size: 10.5pt; margin: 8pt 0 2pt 0; }
            table { width: 100%; border-collapse: collapse; margin: 4pt 0; }
            tr { page-break-inside: avoid; }
            th, td { text-align: left; vertical-align: top; padding: 3pt 4pt; border-bottom: 0.5pt solid #c9d3dc; }
            th { background: #eef3f7; font-size: 9pt; }
            .meta td { border: none; padding: 1pt 4pt 1pt 0; }
            .muted { color: #5a6772; }
            .intro { font-style: italic; color: #5a6772; margin: 0 0 4pt 0; }
            .box { background: #f5f8fa; padding: 6pt; margin: 4pt 0; }
            .footer { margin-top: 16pt; font-size: 8.5pt; color: #5a6772; }
            """;

    private final ResourceBundle labels = ResourceBundle.getBundle("opp.document", Locale.ROOT);
    private final StringBuilder html = new StringBuilder();

    String render(OppPlan plan, String schoolName, Map<UUID, String> categoryNames, LocalDate today) {
        OppContent c = plan.content();
        String first = plan.pupil().name();
        html.append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(label("title")))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body>");
        html.append("<h1>").append(esc(label("title"))).append("</h1>");
        html.append("<table class=\"meta\">");
        meta(
                "pupil",
                first + " (" + label("born").toLowerCase(Locale.ROOT) + " "
                        + plan.pupil().birthYear() + ")");
        meta("group", plan.pupil().group());
        meta("school", schoolName);
        meta("version", c.versionNo() + " \u2013 " + label("state." + plan.state()));
        meta("consentedOn", c.consentedOn() == null ? label("notConsented") : date(c.consentedOn()));
        if (plan.deadlines().nextEvaluationOn() != null) {
            meta("nextEvaluation", date(plan.deadlines().nextEvaluationOn()));
        }
        meta("printedOn", date(today));
        html.append("</table>");

        html.append("<h2>").append(esc(label("part1"))).append("</h2>");
        html.append("<p class=\"intro\">")
                .append(esc(MessageFormat.format(label("part1.intro"), first)))
                .append("</p>");
        factors(label("hindering"), c.factors(FactorKind.HINDERING));
        factors(label("helping"), c.factors(FactorKind.HELPING));

        html.append("<h2>").append(esc(label("part2"))).append("</h2>");
        Uitstroomperspectief p = c.perspective();
        if (p.destination() == null) {
            html.append("<p class=\"muted\">").append(esc(label("none"))).append("</p>");
        } else {
            html.append("<p><b>")
                    .append(esc(label("destination")))
                    .append(":</b> ")
                    .append(esc(label("destination." + p.destination())))
                    .append("</p>");
            para("reasoning", p.reasoning());
            String basedOn = p.factorKeys().stream()
                    .map(c::factor)
                    .flatMap(java.util.Optional::stream)
                    .map(Factor::description)
                    .collect(Collectors.joining("; "));
            if (!basedOn.isEmpty()) {
                html.append("<p class=\"muted\">")
                        .append(esc(label("basedOn")))
                        .append(": ")
                        .append(esc(basedOn))
                        .append("</p>");
            }
            para("needed", p.needed());
        }

        html.append("<h2>").append(esc(label("part3"))).append("</h2>");
        html.append("<p class=\"intro\">").append(esc(label("part3.intro"))).append("</p>");
        Handelingsdeel h = c.handelingsdeel();
        html.append("<h3>").append(esc(label("goals"))).append("</h3>");
        if (h.goals().isEmpty()) {
            html.append("<p class=\"muted\">").append(esc(label("none"))).append("</p>");
        } else {
            html.append("<table><tr><th>#</th><th>")
                    .append(esc(label("goal")))
                    .append("</th><th>")
                    .append(esc(label("baseline")))
                    .append("</th><th>")
                    .append(esc(label("measure")))
                    .append("</th><th>")
                    .append(esc(label("targetOn")))
                    .append("</th></tr>");
            int n = 1;
            for (Goal g : h.goals()) {
                html.append("<tr><td>")
                        .append(n++)
                        .append("</td><td>")
                        .append(esc(g.description()))
                        .append("<br/><span class=\"muted\">")
                        .append(esc(label("domain." + g.domain())))
                        .append("</span></td><td>")
                        .append(esc(nz(g.baseline())))
                        .append("</td><td>")
                        .append(esc(nz(g.measure())))
                        .append("</td><td>")
                        .append(g.targetOn() == null ? "" : esc(date(g.targetOn())))
                        .append("</td></tr>");
            }
            html.append("</table>");
        }
        html.append("<h3>").append(esc(label("interventions"))).append("</h3>");
        if (h.interventions().isEmpty()) {
            html.append("<p class=\"muted\">").append(esc(label("none"))).append("</p>");
        } else {
            html.append("<table><tr><th>")
                    .append(esc(label("interventions")))
                    .append("</th><th>")
                    .append(esc(label("who")))
                    .append("</th><th>")
                    .append(esc(label("frequency")))
                    .append("</th><th>")
                    .append(esc(label("forGoals")))
                    .append("</th><th>")
                    .append(esc(label("category")))
                    .append("</th></tr>");
            for (Intervention i : h.interventions()) {
                String goalNumbers = i.goals().stream()
                        .map(k -> h.goals().indexOf(c.goal(k).orElse(null)) + 1)
                        .filter(x -> x > 0)
                        .map(String::valueOf)
                        .collect(Collectors.joining(", "));
                html.append("<tr><td>")
                        .append(esc(i.description()))
                        .append("</td><td>")
                        .append(esc(label("performer." + i.performer())))
                        .append("</td><td>")
                        .append(esc(i.frequency()))
                        .append("</td><td>")
                        .append(esc(goalNumbers))
                        .append("</td><td>")
                        .append(esc(categoryNames.getOrDefault(i.supportCategoryId(), "")))
                        .append("<br/><span class=\"muted\">")
                        .append(esc(label("level." + i.level())))
                        .append("</span></td></tr>");
            }
            html.append("</table>");
        }
        html.append("<h3>").append(esc(label("agreements"))).append("</h3>");
        if (h.agreements().isEmpty()) {
            html.append("<p class=\"muted\">").append(esc(label("none"))).append("</p>");
        } else {
            html.append("<ul>");
            for (Agreement a : h.agreements()) {
                html.append("<li><b>")
                        .append(esc(label("party." + a.party())))
                        .append(":</b> ")
                        .append(esc(a.description()))
                        .append("</li>");
            }
            html.append("</ul>");
        }

        html.append("<h2>")
                .append(esc(MessageFormat.format(label("pupilView"), first)))
                .append("</h2>");
        if (c.pupilView().isBlank()) {
            html.append("<p class=\"muted\">").append(esc(label("none"))).append("</p>");
        } else {
            html.append("<div class=\"box\">").append(lines(c.pupilView())).append("</div>");
            if (c.pupilHeardOn() != null) {
                html.append("<p class=\"muted\">")
                        .append(esc(label("heardOn")))
                        .append(" ")
                        .append(esc(date(c.pupilHeardOn())))
                        .append("</p>");
            }
        }
        html.append("<p class=\"footer\">").append(esc(label("footer"))).append("</p>");
        html.append("</body></html>");
        return html.toString();
    }

    private void factors(String heading, List<Factor> factors) {
        html.append("<h3>").append(esc(heading)).append("</h3>");
        if (factors.isEmpty()) {
            html.append("<p class=\"muted\">").append(esc(label("none"))).append("</p>");
            return;
        }
        html.append("<ul>");
        for (Factor f : factors) {
            html.append("<li>")
                    .append(esc(f.description()))
                    .append(" <span class=\"muted\">(")
                    .append(esc(label("domain." + f.domain())))
                    .append(")</span></li>");
        }
        html.append("</ul>");
    }

    private void meta(String key, String value) {
        html.append("<tr><td class=\"muted\">")
                .append(esc(label(key)))
                .append("</td><td><b>")
                .append(esc(value))
                .append("</b></td></tr>");
    }

    private void para(String key, String text) {
        html.append("<p><b>")
                .append(esc(label(key)))
                .append(":</b><br/>")
                .append(lines(text))
                .append("</p>");
    }

    private String label(String key) {
        return labels.getString(key);
    }

    private static String date(LocalDate d) {
        return DATE.format(d);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String lines(String text) {
        return esc(text).replace("\n", "<br/>");
    }

    static String esc(String s) {
        return Pdf.escape(s);
    }
}
