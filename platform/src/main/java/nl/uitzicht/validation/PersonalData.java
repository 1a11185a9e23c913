package nl.uitzicht.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that looks like a direct identifier: a BSN-like number, a full date (such as a birth date), an e-mail
 * address or a phone number. One definition for the features that refuse such text (an OPP template holds no
 * pupil data) and those that mask it (an uploaded OPP before raters read it).
 */
public final class PersonalData {

    /** What kind of identifier a piece of text looks like. */
    public enum Kind {
        BSN,
        DATE,
        EMAIL,
        PHONE
    }

    /** One piece of text that looks like an identifier: {@code [start, end)} in the text searched. */
    public record Found(Kind kind, int start, int end) {}

    private static final String MONTHS =
            "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
                    + "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<![\\d.])\\d{9}(?![\\d])|(?<!\\d)\\d{4}\\.\\d{2}\\.\\d{3}(?!\\d)"), // BSN-like
            Pattern.compile(
                    "\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b" // a date such as a birth date
                            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b"
                            + "|\\b\\d{1,2}\\s+(?:" + MONTHS + ")\\.?\\s+\\d{4}\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+"), // e-mail address
            Pattern.compile(
                    "(?<![\\d+])0\\d{9}(?!\\d)" // phone number: 0612345678, 06-12345678, 010 123 4567
                            + "|(?<![\\d+])0\\d{1,3}[- ]\\d{3}[- ]?\\d{3,4}(?![\\d-])"
                            + "|(?<![\\d+])06[- ]\\d{8}(?!\\d)"
                            + "|\\+31[\\s(]*\\d[\\d\\s()-]{7,12}\\d"));

    private static final Kind[] KINDS = {Kind.BSN, Kind.DATE, Kind.EMAIL, Kind.PHONE};

    private PersonalData() {}

    /** Whether anything in the text looks like a direct identifier. */
    public static boolean appearsIn(String text) {
        return PATTERNS.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** Everything in the text that looks like a direct identifier, in the order of the kinds, then of the text. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < PATTERNS.size(); i++) {
            Matcher m = PATTERNS.get(i).matcher(text);
            while (m.find()) {
                found.add(new Found(KINDS[i], m.start(), m.end()));
            }
        }
        return found;
    }
}
