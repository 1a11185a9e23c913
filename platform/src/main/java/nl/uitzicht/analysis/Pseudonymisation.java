package nl.uitzicht.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.uitzicht.validation.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * Masks the direct identifiers of an OPP written elsewhere before any rater reads it (ADR 0096): the names after
 * labels such as "Naam:", "Leerling:", "Moeder:", "Mentor:" and after salutations ("Beste", "Geachte heer",
 * "mevrouw", "juf") become {@code [LEERLING]} or {@code [NAAM n]} wherever they (or a part of them) appear; the
 * terms the uploader adds likewise; full dates {@code [DATUM]}, street addresses, postcodes and the place after
 * them {@code [ADRES]}, phone numbers, e-mail addresses and BSN-like numbers (one definition with the template
 * check: {@link PersonalData}). The same name gets the same placeholder throughout the text.
 */
final class Pseudonymisation {

    static final String PUPIL = "[LEERLING]";

    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019-]+";
    private static final String PARTICLE = "(?:van|de|der|den|het|ter|te|ten|in|op|'t|la|le|du|da|von|el|al|bin)";
    /** A name: capitalised words, with Dutch particles ("van der") between them, or initials before them. */
    private static final String NAME =
            "(?:\\p{Lu}\\.\\s?){0,3}" + WORD + "(?:[ \\t]+(?:" + PARTICLE + "[ \\t]+)*" + WORD + "){0,3}";

    private static final String PUPIL_LABELS = "naam\\s+(?:van\\s+de\\s+)?leerling|naam\\s+kind|leerling|kind|roepnaam"
            + "|voornaam|achternaam|naam\\s+(?:van\\s+de\\s+)?jongere|jongere|naam";
    private static final String PERSON_LABELS = "naam\\s+ouders?(?:/verzorgers?)?|ouders?\\s*(?:\\(s\\))?"
            + "(?:\\s*/\\s*verzorgers?\\s*(?:\\(s\\))?)?|verzorgers?|moeder|vader|pleegouders?|voogd"
            + "|groepsleerkrachten?|leerkrachten?|mentor|docent|intern\\s+begeleider|ib['\u2019]?er|ib"
            + "|zorgco[öo]rdinator|ondersteuningsco[öo]rdinator|orthopedagoog|gedragsdeskundige|psycholoog"
            + "|schoolmaatschappelijk\\s+werker|jeugdarts|jeugdverpleegkundige|directeur|locatieleider"
            + "|contactpersoon|opgesteld\\s+door|ingevuld\\s+door|besproken\\s+met|aanwezig(?:en)?|handtekening"
            + "|casemanager|begeleider|ambulant\\s+begeleider|consulent";

    /**
     * A label and its value: after a colon, in the next cell of a table row ({@code |}), or (for a label with
     * "naam", as a PDF's table-like layout gives it) after a space.
     */
    private static final Pattern LABELLED = Pattern.compile(
            "(?im)(?:^|\\|)[ \\t]*(" + PUPIL_LABELS + "|" + PERSON_LABELS + ")([ \\t]*[:|][ \\t]*|[ \\t]+)([^\\n|]*)");

    private static final Pattern PUPIL_LABEL = Pattern.compile("(?i)" + PUPIL_LABELS);
    private static final Pattern NAME_IN_VALUE = Pattern.compile(NAME);
    private static final Pattern SALUTATION = Pattern.compile("(?:\\b(?:[Bb]este|[Gg]eachte|[Ll]ieve)"
            + "(?:\\s+(?:heer|mevrouw|mw\\.?|dhr\\.?|familie|fam\\.|ouders\\s+van|ouder\\s+van))?"
            + "|\\b(?:[Dd]hr\\.?|[Mm]evr\\.?|[Mm]w\\.?|[Mm]eneer|[Mm]evrouw|[Jj]uf|[Mm]eester|[Dd]e\\s+heer|[Ff]amilie))"
            + "[ \\t]+(" + NAME + ")");

    /** Words after a label that are roles, not names ("Moeder: Petra", "Aanwezig: IB, Leerkracht"). */
    private static final Set<String> NOT_NAMES = Set.of(
            "moeder",
            "vader",
            "ouders",
            "ouder",
            "leerkracht",
            "leerling",
            "mentor",
            "ib",
            "ib'er",
            "intern",
            "begeleider",
            "dhr",
            "mevr",
            "mw",
            "meneer",
            "mevrouw",
            "juf",
            "meester",
            "de",
            "het",
            "een",
            "geen",
            "nee",
            "ja",
            "onbekend",
            "nvt",
            "n.v.t",
            "zie",
            "school",
            "groep",
            "klas",
            "jongen",
            "meisje",
            "directeur",
            "orthopedagoog",
            "zorgcoördinator",
            "ondersteuningscoördinator",
            "team",
            "familie",
            "heer");

    private static final Pattern STREET = Pattern.compile("\\b(?:\\p{Lu}[\\p{L}.'-]*[ \\t]+){0,3}\\p{Lu}[\\p{L}'-]*?"
            + "(?:straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|steeg|dreef|park|markt|baan|ring|erf"
            + "|veld|dam|wal|haven|berg|straatweg|allee|boulevard|plantsoen|kwartier|hoek|polder|zoom|oord)"
            + "[ \\t]+\\d{1,5}(?:[ \\t]?[a-zA-Z]\\b|-\\d{1,4}\\b)?");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b\\d{4}[ \\t]?\\p{Lu}{2}(?![\\p{L}-])(?:[ \\t]+\\p{Lu}[\\p{L}'-]+(?:[ \\t]+\\p{Lu}[\\p{L}'-]+)?)?");
    private static final Pattern ADDRESS_LABEL = Pattern.compile(
            "(?im)(?:^|\\|)[ \\t]*(?:adres|woonadres|woonplaats|postadres|straat)[ \\t]*[:|][ \\t]*([^\\n|]+)");

    private record Span(int start, int end, String placeholder, MaskedText.Kind kind) {}

    private Pseudonymisation() {}

    /** The text with its identifiers and the given extra terms (names the uploader typed) masked. */
    static MaskedText mask(String text, List<String> extraTerms) {
        Map<String, String> names = new LinkedHashMap<>(); // term -> placeholder
        int[] counter = {0};
        Matcher labelled = LABELLED.matcher(text);
        while (labelled.find()) {
            boolean pupil = PUPIL_LABEL.matcher(labelled.group(1)).matches();
            boolean bySpace = labelled.group(2).isBlank();
            if (bySpace && !labelled.group(1).toLowerCase(Locale.ROOT).contains("naam")) {
                continue;
            }
            Matcher m = NAME_IN_VALUE.matcher(labelled.group(3));
            while (bySpace ? m.lookingAt() : m.find()) {
                String name = cleanName(m.group());
                if (name != null) {
                    register(names, name, pupil && !names.containsValue(PUPIL) ? PUPIL : null, counter);
                }
                if (pupil || bySpace) {
                    break; // the pupil's name is the first name after the label; the rest is a description
                }
            }
        }
        Matcher salutation = SALUTATION.matcher(text);
        while (salutation.find()) {
            String name = cleanName(salutation.group(1));
            if (name != null) {
                register(names, name, null, counter);
            }
        }
        List<Span> spans = new ArrayList<>();
        for (String term : extraTerms) {
            String t = term.strip();
            if (t.length() >= 2) {
                String placeholder = names.get(t);
                if (placeholder == null) {
                    placeholder = "[NAAM " + (++counter[0]) + "]";
                    names.put(t, placeholder);
                }
                addAll(
                        spans,
                        text,
                        Pattern.compile(
                                "(?<![\\p{L}\\d])" + Pattern.quote(t) + "(?![\\p{L}\\d])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        placeholder,
                        MaskedText.Kind.TERM);
            }
        }
        for (Map.Entry<String, String> name : names.entrySet()) {
            MaskedText.Kind kind = name.getValue().equals(PUPIL) ? MaskedText.Kind.PUPIL : MaskedText.Kind.NAME;
            addAll(
                    spans,
                    text,
                    Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name.getKey()) + "(?![\\p{L}\\d])"),
                    name.getValue(),
                    kind);
        }
        Matcher address = ADDRESS_LABEL.matcher(text);
        while (address.find()) {
            if (!address.group(1).isBlank()) {
                spans.add(new Span(address.start(1), address.end(1), "[ADRES]", MaskedText.Kind.ADDRESS));
            }
        }
        addAll(spans, text, STREET, "[ADRES]", MaskedText.Kind.ADDRESS);
        addAll(spans, text, POSTCODE, "[ADRES]", MaskedText.Kind.ADDRESS);
        for (PersonalData.Found found : PersonalData.find(text)) {
            MaskedText.Kind kind = MaskedText.Kind.valueOf(found.kind().name());
            spans.add(new Span(found.start(), found.end(), placeholder(kind), kind));
        }
        return apply(text, spans);
    }

    private static String placeholder(MaskedText.Kind kind) {
        return switch (kind) {
            case DATE -> "[DATUM]";
            case PHONE -> "[TELEFOON]";
            case EMAIL -> "[E-MAIL]";
            case BSN -> "[BSN]";
            default -> "[ADRES]";
        };
    }

    /** The name without a trailing role word, or null when it is a role word (not a name) or too short. */
    private static @Nullable String cleanName(String candidate) {
        String name = candidate.strip();
        if (name.length() < 2
                || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT).replace(".", ""))) {
            return null;
        }
        String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT).replace(".", "");
        if (NOT_NAMES.contains(first) && !name.contains(" ")) {
            return null;
        }
        return name;
    }

    /**
     * Registers a name and its parts (first name, surname with and without its particles) under one placeholder:
     * the pupil's, the one a part already has ("Sam" of "Sam Jansen"), or a new {@code [NAAM n]}.
     */
    private static void register(
            Map<String, String> names, String name, @Nullable String pupilPlaceholder, int[] counter) {
        List<String> parts = parts(name);
        String placeholder = pupilPlaceholder != null ? pupilPlaceholder : names.get(name);
        if (placeholder == null) {
            placeholder = "[NAAM " + (++counter[0]) + "]";
        }
        names.putIfAbsent(name, placeholder);
        for (String part : parts) {
            names.putIfAbsent(part, placeholder);
        }
    }

    private static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        String[] words = name.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.matches("\\p{Lu}\\.?") || word.matches("(?i)" + PARTICLE) || word.length() < 3) {
                continue;
            }
            parts.add(word);
            // the surname with its particles ("de Vries", "van der Berg")
            int j = i - 1;
            StringBuilder withParticles = new StringBuilder(word);
            while (j >= 0 && words[j].matches("(?i)" + PARTICLE)) {
                withParticles.insert(0, words[j] + " ");
                j--;
            }
            if (j < i - 1) {
                parts.add(withParticles.toString());
            }
        }
        return parts;
    }

    private static void addAll(
            List<Span> spans, String text, Pattern pattern, String placeholder, MaskedText.Kind kind) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                spans.add(new Span(m.start(), m.end(), placeholder, kind));
            }
        }
    }

    /** Replaces the spans, the longest first where they overlap. */
    private static MaskedText apply(String text, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()));
        StringBuilder out = new StringBuilder(text.length());
        List<MaskedText.Mask> masks = new ArrayList<>();
        int at = 0;
        for (Span span : sorted) {
            if (span.start() < at) {
                continue; // inside an earlier, longer mask
            }
            out.append(text, at, span.start());
            int start = out.length();
            out.append(span.placeholder());
            masks.add(new MaskedText.Mask(start, out.length(), span.placeholder(), span.kind()));
            at = span.end();
        }
        out.append(text.substring(at));
        return new MaskedText(out.toString(), masks);
    }
}
