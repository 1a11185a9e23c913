package nl.uitzicht.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every Dutch UI text has its English counterpart and vice versa, and the provider finds both. */
class I18nCompletenessTest {

    @Test
    void everyBundleHasTheSameKeysInDutchAndEnglish() throws IOException {
        Resource[] dutch = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        int bundles = 0;
        for (Resource file : dutch) {
            String name = file.getFilename();
            if (name == null || name.matches(".*_[a-z]{2}\\.properties")) {
                continue;
            }
            bundles++;
            Resource english = file.createRelative(name.replace(".properties", "_en.properties"));
            assertThat(english.exists()).as("English texts for " + name).isTrue();
            assertThat(keys(english)).as("keys of " + name + " in English").isEqualTo(keys(file));
        }
        assertThat(bundles).isPositive();
    }

    @Test
    void dutchIsTheDefaultAndEnglishIsSelectable() {
        UitzichtI18n i18n = new UitzichtI18n();
        assertThat(i18n.getTranslation("shell.logout", UitzichtI18n.DUTCH)).isEqualTo("Uitloggen");
        assertThat(i18n.getTranslation("shell.logout", Locale.GERMAN))
                .as("unknown languages get Dutch")
                .isEqualTo("Uitloggen");
        assertThat(i18n.getTranslation("shell.logout", UitzichtI18n.ENGLISH)).isEqualTo("Log out");
        assertThat(i18n.getTranslation("home.welcome", UitzichtI18n.DUTCH, "Anna"))
                .isEqualTo("Welkom, Anna");
    }

    /**
     * Texts shown as plain text stay in Latin-1: one character outside it in an answer makes Java keep
     * Vaadin's copy of that whole answer (kept until the browser's next message) in UTF-16, at twice the heap
     * per session (issue 13, ADR 0090). The check marks "✓ ✗ ○" reached the OPP editor's answer raw and
     * took it from 159 to 243 KiB per session. Checked: the bundles of the heavy screens the session benchmark
     * measures (shell and kit, OPP editor and list, checks, dashboard, scoring rounds, trainer). Allowed: texts
     * that reach the page escaped by {@code Latin1Html} and texts whose symbol must match what a table shows.
     */
    @Test
    void plainTextsStayInLatin1() throws IOException {
        Set<String> escapedOrSymbolic = Set.of(
                "opp.checks.mark.PASS",
                "opp.checks.mark.FAIL",
                "opp.checks.mark.NOT_DUE", // OppChecklist: Latin1Html
                "dashboard.mirror.legend", // MirrorSection: Latin1Html; "–" is the table's sign for "no SOP"
                "analysis.agreement.help", // "–" is the agreement table's sign for "not computable"
                "analysis.round.oppLabel", // the rounds list: a light screen
                "buddy.why.5",
                "buddy.why.8"); // the buddy page: a light screen; the apostrophe is part of the wording
        Set<String> heavyScreens = Set.of("messages", "opp", "checks", "dashboard", "analysis", "trainer");
        Set<String> outside = new TreeSet<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            if (!heavyScreens.contains(String.valueOf(file.getFilename()).replaceAll("(_en)?\\.properties$", ""))) {
                continue;
            }
            Properties texts = new Properties();
            try (var in =
                    new java.io.InputStreamReader(file.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            texts.stringPropertyNames().stream()
                    .filter(key -> !escapedOrSymbolic.contains(key))
                    .filter(key -> texts.getProperty(key).chars().anyMatch(c -> c > 0xFF))
                    .forEach(key -> outside.add(file.getFilename() + ": " + key));
        }
        assertThat(outside)
                .as("texts with characters outside Latin-1 (use ... instead of …)")
                .isEmpty();
    }

    private static Set<String> keys(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
