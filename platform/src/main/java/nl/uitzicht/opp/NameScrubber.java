package nl.uitzicht.opp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a pupil's name out of free text for pseudonymised readers: the full name and every part of it
 * (first name, surname; not Dutch name particles such as "van" or "de"), as whole words, any case.
 * Names of others (parents, staff) are not known here and stay; the readers are region staff bound
 * by the same confidentiality. Templates use it to refuse text that names a pupil of the school (ADR 0081).
 */
public final class NameScrubber {

    public static final String MARK = "[…]";
    private static final Set<String> PARTICLES = Set.of(
            "van", "de", "der", "den", "het", "ter", "ten", "te", "la", "le", "du", "da", "di", "del", "op", "in", "'t",
            "el", "al", "von", "zu");

    private final List<Pattern> patterns = new ArrayList<>();

    public NameScrubber(String pupilName) {
        List<String> words = new ArrayList<>();
        String full = pupilName.trim().replaceAll("\\s+", " ");
        if (full.length() >= 2) {
            words.add(full);
        }
        for (String part : full.split("[\\s-]+")) {
            if (part.length() >= 2 && !PARTICLES.contains(part.toLowerCase(Locale.ROOT))) {
                words.add(part);
            }
        }
        words.stream()
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(w -> patterns.add(Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }

    /** Whether {@code text} holds the name or a part of it (e.g. to refuse a template that names a pupil). */
    public boolean finds(String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    public String scrub(String text) {
        String result = text;
        for (Pattern p : patterns) {
            result = p.matcher(result).replaceAll(Matcher.quoteReplacement(MARK));
        }
        return result;
    }
}
