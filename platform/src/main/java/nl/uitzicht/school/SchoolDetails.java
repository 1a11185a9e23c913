package nl.uitzicht.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.uitzicht.validation.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a region administrator enters for a school (vestiging). {@link #normalized()} trims and
 * upper-cases; {@link #problems()} names each invalid field with a message key (texts in the UI's
 * bundles, Dutch first).
 */
public record SchoolDetails(
        String brin,
        String vestiging,
        String name,
        SchoolType type,
        @Nullable String municipality,
        int pupilCount) {

    /** Two digits and two letters, as DUO assigns them, e.g. {@code 12AB}. */
    public static final Pattern BRIN = Pattern.compile("[0-9]{2}[A-Z]{2}");
    /** Two digits: {@code 00} for the main location, {@code 01}... for the others. */
    public static final Pattern VESTIGING = Pattern.compile("[0-9]{2}");

    public static final int MAX_NAME = 120;
    public static final int MAX_PUPILS = 10_000;

    public SchoolDetails normalized() {
        String m = municipality == null || municipality.isBlank() ? null : municipality.trim();
        return new SchoolDetails(
                brin.trim().toUpperCase(Locale.ROOT), vestiging.trim(), name.trim(), type, m, pupilCount);
    }

    /** Field name and message key of every problem; empty when the details are valid. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        SchoolDetails n = normalized();
        if (!BRIN.matcher(n.brin()).matches()) {
            problems.add(new FieldProblem("brin", "admin.school.error.brin"));
        }
        if (!VESTIGING.matcher(n.vestiging()).matches()) {
            problems.add(new FieldProblem("vestiging", "admin.school.error.vestiging"));
        }
        if (n.name().isEmpty() || n.name().length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "admin.school.error.name"));
        }
        if (n.municipality() != null && n.municipality().length() > 80) {
            problems.add(new FieldProblem("municipality", "admin.school.error.municipality"));
        }
        if (pupilCount < 0 || pupilCount > MAX_PUPILS) {
            problems.add(new FieldProblem("pupilCount", "admin.school.error.pupils"));
        }
        return problems;
    }

    public String code() {
        return brin + vestiging;
    }
}
