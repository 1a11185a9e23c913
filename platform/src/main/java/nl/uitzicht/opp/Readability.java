package nl.uitzicht.opp;

import java.util.Arrays;

/**
 * A rough plain-language indication for text parents will read: average words per sentence and the
 * share of long words (13+ letters). Aimed at about B1: short sentences, common words.
 */
public record Readability(int sentences, int words, double wordsPerSentence, double longWordShare) {

    public static final double MAX_WORDS_PER_SENTENCE = 15;
    public static final double MAX_LONG_WORD_SHARE = 0.12;

    public static Readability of(String text) {
        String[] sentences = Arrays.stream(text.strip().split("[.!?\\n]+"))
                .filter(s -> !s.isBlank())
                .toArray(String[]::new);
        String[] words = Arrays.stream(text.split("[^\\p{L}\\p{N}-]+"))
                .filter(w -> !w.isBlank())
                .toArray(String[]::new);
        long longWords = Arrays.stream(words).filter(w -> w.length() >= 13).count();
        int s = Math.max(1, sentences.length);
        return new Readability(
                sentences.length,
                words.length,
                words.length / (double) s,
                words.length == 0 ? 0 : longWords / (double) words.length);
    }

    /** Long enough to judge, and too hard for many parents. */
    public boolean hard() {
        return words >= 12 && (wordsPerSentence > MAX_WORDS_PER_SENTENCE || longWordShare > MAX_LONG_WORD_SHARE);
    }
}
