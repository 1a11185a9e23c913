package nl.uitzicht.achterban;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AudienceDraftTest {

    @Test
    void anEmptyAnalysisIsFine() {
        assertThat(AudienceDraft.EMPTY.errors()).isEmpty();
    }

    @Test
    void theFourQuestionsTakeUpTo2000CharactersTheKernboodschap500() {
        String s2000 = "a".repeat(2000);
        assertThat(new AudienceDraft(s2000, s2000, s2000, s2000, "k".repeat(500)).errors())
                .isEmpty();
        assertThat(new AudienceDraft(s2000 + "a", null, null, null, null).errors())
                .containsExactly(java.util.Map.entry("publiek", "trainer.validation.tooLong.2000"));
        assertThat(new AudienceDraft(null, null, null, null, "k".repeat(501)).errors())
                .containsExactly(java.util.Map.entry("kernboodschap", "trainer.validation.tooLong.500"));
    }

    @Test
    void everyFieldTooLongIsNamedInFormOrder() {
        String tooLong = "x".repeat(2001);
        assertThat(new AudienceDraft(tooLong, tooLong, tooLong, tooLong, tooLong)
                        .errors()
                        .keySet())
                .containsExactly("publiek", "situatie", "complexiteit", "vragen", "kernboodschap");
    }
}
