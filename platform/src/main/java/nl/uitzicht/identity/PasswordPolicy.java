package nl.uitzicht.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is set: at least {@value #MIN_LENGTH} characters (and
 * at most {@value #MAX_BYTES} bytes, what bcrypt reads), not one of the commonly used or breached
 * passwords in {@code common-passwords.txt} (also not with digits, a year or punctuation put before
 * or after it, in capitals, or with look-alike digits such as {@code w3lk0m}), not a run of a few
 * characters, and not containing the person's e-mail name, the domain's name or the product's name.
 * The list is bundled, so no password ever leaves the application.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    /** Names everyone would try first for this application. */
    private static final List<String> PRODUCT_WORDS = List.of("uitzicht");

    private static final int MIN_PERSONAL_WORD = 4;

    /** Why a password is refused; each has a message key. */
    public enum Refusal {
        TOO_SHORT("short"),
        TOO_LONG("long"),
        COMMON("common"),
        PERSONAL("personal");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "password.refused." + key;
        }
    }

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("common-passwords.txt");
    }

    /** Why this password may not be set for this e-mail address; empty when it may. */
    public Optional<Refusal> refusal(String password, String email) {
        if (password.isBlank() || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Refusal.TOO_LONG);
        }
        List<String> forms = forms(password);
        if (forms.stream().anyMatch(common::contains)
                || password.codePoints().distinct().count() < 4) {
            return Optional.of(Refusal.COMMON);
        }
        for (String word : personalWords(email)) {
            if (forms.stream().anyMatch(form -> form.contains(word))) {
                return Optional.of(Refusal.PERSONAL);
            }
        }
        return Optional.empty();
    }

    /** The password as typed and as a guesser would derive it from a common one. */
    static List<String> forms(String password) {
        String lower = normalize(password);
        String unleet = unleet(lower);
        List<String> forms = new ArrayList<>(List.of(lower, core(lower), unleet, core(unleet), unleet(core(lower))));
        for (String form : List.copyOf(forms)) {
            forms.add(form.replaceAll("[\\s._\\-]+", ""));
        }
        return forms;
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .trim();
    }

    /** Without the digits and punctuation before and after: {@code !Welkom2026!} becomes {@code welkom}. */
    private static String core(String lower) {
        return lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
    }

    private static String unleet(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            out.append(
                    switch (c) {
                        case '0' -> 'o';
                        case '1', '!' -> 'i';
                        case '3' -> 'e';
                        case '4', '@' -> 'a';
                        case '5', '$' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return out.toString();
    }

    private static List<String> personalWords(String email) {
        List<String> words = new ArrayList<>(PRODUCT_WORDS);
        String address = normalize(email);
        int at = address.indexOf('@');
        String local = at < 0 ? address : address.substring(0, at);
        if (local.length() >= 3) {
            words.add(local);
        }
        List<String> parts = new ArrayList<>(List.of(local.split("[._+\\-]")));
        if (at >= 0) {
            parts.add(address.substring(at + 1).split("\\.")[0]);
        }
        parts.stream().filter(part -> part.length() >= MIN_PERSONAL_WORD).forEach(words::add);
        return words;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = normalize(line);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                    words.add(core(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.remove("");
        return Set.copyOf(words);
    }
}
