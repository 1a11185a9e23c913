package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A rough B1 indication for texts parents read: sentence length and long words. */
class ReadabilityTest {

    @Test
    void shortSentencesWithCommonWordsAreNotHard() {
        Readability r = Readability.of("Sanne leest elke dag. Ze krijgt hulp van de juf. Thuis lezen we samen.");
        assertThat(r.sentences()).isEqualTo(3);
        assertThat(r.words()).isEqualTo(14);
        assertThat(r.wordsPerSentence()).isCloseTo(14 / 3.0, within(1e-9));
        assertThat(r.hard()).isFalse();
    }

    @Test
    void oneLongSentenceIsHard() {
        Readability r = Readability.of("Op basis van de observaties en de toetsresultaten van de afgelopen periode"
                + " wordt geconcludeerd dat de leerling gebaat is bij een intensief en planmatig aanbod");
        assertThat(r.sentences()).isEqualTo(1);
        assertThat(r.wordsPerSentence()).isGreaterThan(Readability.MAX_WORDS_PER_SENTENCE);
        assertThat(r.hard()).isTrue();
    }

    @Test
    void manyLongWordsAreHard() {
        // 15 words in 4 short sentences, 4 of them 13 letters or longer
        Readability r = Readability.of("De ondersteuningsbehoeften zijn groot. De handelingsgerichte diagnostiek loopt."
                + " Het leerlingvolgsysteem toont groei. De gedragsinterventies werken.");
        assertThat(r.wordsPerSentence()).isLessThan(Readability.MAX_WORDS_PER_SENTENCE);
        assertThat(r.longWordShare()).isGreaterThan(Readability.MAX_LONG_WORD_SHARE);
        assertThat(r.hard()).isTrue();
    }

    @Test
    void tooShortATextIsNeverJudgedHard() {
        assertThat(Readability.of("Ondersteuningsbehoeftenanalyse.").hard()).isFalse();
        Readability empty = Readability.of("   ");
        assertThat(empty.words()).isZero();
        assertThat(empty.longWordShare()).isZero();
        assertThat(empty.hard()).isFalse();
    }
}
