package nl.uitzicht.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * axe-core (test resource {@code axe/axe.min.js}, see its README) run in a Playwright page against
 * WCAG 2.1 level A and AA. Each finding is one rule on one element.
 */
final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Impacts that fail the accessibility test. */
    static final List<String> BLOCKING = List.of("serious", "critical");

    private static final String SOURCE = load();

    private static final String RUN = """
            async (tags) => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
              return result.violations.flatMap(v => v.nodes.map(n => ({
                rule: v.id,
                impact: n.impact || v.impact || 'unknown',
                target: n.target.map(t => Array.isArray(t) ? t.join(' >> ') : String(t)).join(' | '),
                summary: (n.failureSummary || v.help).replace(/\\s+/g, ' ').trim()
              })));
            }""";

    /** One rule broken by one element: its selector (shadow DOM steps joined by {@code >>}). */
    record Finding(String rule, String impact, String target, String summary) {

        boolean serious() {
            return BLOCKING.contains(impact);
        }

        /** Serious or critical, and not a known defect inside a Vaadin component (see {@link #upstream()}). */
        boolean blocking() {
            return serious() && !upstream();
        }

        /**
         * A finding inside a Vaadin web component's own shadow DOM, which no application code can
         * change: {@code <vaadin-tabs>} (role tablist) keeps its scroller {@code <div part="tabs"
         * tabindex="-1">} between the tablist and its tabs, which axe counts as a child that is no tab.
         * Matched exactly (rule, element and message), so any other child in a tablist still fails.
         * See docs/adr/0063-accessibility-checked-with-axe-core.md.
         */
        boolean upstream() {
            return "aria-required-children".equals(rule)
                    && "vaadin-tabs".equals(target)
                    && summary.endsWith("Element has children which are not allowed: div[tabindex]");
        }
    }

    private Axe() {}

    /**
     * Makes axe part of every document the page opens from now on (an init script): its 650 kB go to
     * the browser once per page instead of once per document through Playwright's connection. The
     * script only defines {@code window.axe}; it checks nothing until {@link #check(Page)} runs it.
     */
    static void addTo(Page page) {
        page.addInitScript(SOURCE);
    }

    /** Injects axe into the page (once per document, unless {@link #addTo(Page)}) and returns every violation it finds. */
    static List<Finding> check(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        }
        Object raw = page.evaluate(RUN, WCAG_21_AA);
        return ((List<?>) raw)
                .stream()
                        .map(item -> (Map<?, ?>) item)
                        .map(m ->
                                new Finding(text(m, "rule"), text(m, "impact"), text(m, "target"), text(m, "summary")))
                        .toList();
    }

    private static String text(Map<?, ?> map, String key) {
        return Objects.toString(map.get(key), "");
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
