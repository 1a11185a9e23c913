package nl.uitzicht.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The mail texts exist in Dutch and English alike, and each language is picked as asked (Dutch by default). */
@Tag("unit")
class MailTextsTest {

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("reminder/mail_en.properties").stringPropertyNames())
                .isEqualTo(load("reminder/mail.properties").stringPropertyNames());
    }

    @Test
    void dutchUnlessEnglishIsAsked() {
        assertThat(MailTexts.in("nl").text("digest.LATE", 2))
                .isEqualTo("2 OPP's zijn te laat: de 6 weken zijn voorbij");
        assertThat(MailTexts.in("nl").text("digest.DUE_SOON", 1)).isEqualTo("1 OPP moet binnen 2 weken klaar zijn");
        assertThat(MailTexts.in("nl").text("digest.AWAITING_CONSENT", 1200))
                .isEqualTo("1.200 OPP's wachten op instemming van de ouders");
        assertThat(MailTexts.in("en").text("digest.EVALUATION_DUE", 3)).isEqualTo("3 OPPs are due for evaluation");
        assertThat(MailTexts.in("fr").text("parent.greeting", "Olga")).isEqualTo("Beste Olga,");
        assertThat(MailTexts.in("en").text("parent.subject.INPUT_WANTED"))
                .isEqualTo("Uitzicht: your child's plan is ready for your view");
    }

    @Test
    void everyReasonAndOccasionHasAText() {
        for (String language : new String[] {"nl", "en"}) {
            MailTexts texts = MailTexts.in(language);
            for (var reason : nl.uitzicht.opp.WorklistItem.Reason.values()) {
                assertThat(texts.text("digest." + reason.name(), 1)).isNotBlank();
            }
            for (var occasion : nl.uitzicht.opp.ParentsAsked.Occasion.values()) {
                assertThat(texts.text("parent.subject." + occasion.name())).isNotBlank();
                assertThat(texts.text("parent.body." + occasion.name())).isNotBlank();
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
