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

    private static Set<String> keys(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
