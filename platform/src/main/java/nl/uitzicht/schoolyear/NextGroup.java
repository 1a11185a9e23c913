package nl.uitzicht.schoolyear;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.uitzicht.school.SchoolType;

/**
 * What becomes of a group or class at the school-year rollover, read from its name: it moves up one year, its
 * pupils leave the school (groep 8, the last leerjaar of a VO track), or the name cannot be read and a person
 * decides ({@link Step#NOT_UNDERSTOOD}: a combination group such as "5/6", a name without a year, a VO class in
 * year 4 or later whose track the name does not tell). Never guesses.
 */
public record NextGroup(Step step, String group) {

    /** The three outcomes. */
    public enum Step {
        MOVE_UP,
        LEAVE,
        NOT_UNDERSTOOD
    }

    /** Primary: "Groep 5", "groep 5b", "gr. 7", "5A", "7". */
    private static final Pattern PRIMARY = Pattern.compile("(?i)^\\s*(?:groep|gr\\.?)?\\s*([1-8])\\s*[a-z]?\\s*$");

    /** Secondary: one year digit, with a track before or after it: "2B", "H3a", "3 havo", "4 vmbo-k", "V5". */
    private static final Pattern ONE_DIGIT = Pattern.compile("^[^0-9]*([1-6])[^0-9]*$");

    private static final Pattern TRACK_LETTER = Pattern.compile("(?i)(?:^|[^a-z])([hvmbktag])\\s*[1-6]");

    static final int LAST_PRIMARY_GROUP = 8;

    /** The step for {@code group} at a school of {@code type}. */
    public static NextGroup of(SchoolType type, String group) {
        return switch (type) {
            case BAO, SBO, SO -> primary(group);
            case VO, VSO, PRO -> secondary(type, group);
        };
    }

    private static NextGroup primary(String group) {
        Matcher m = PRIMARY.matcher(group);
        if (!m.matches()) {
            return notUnderstood(group);
        }
        int year = Integer.parseInt(m.group(1));
        return year == LAST_PRIMARY_GROUP ? new NextGroup(Step.LEAVE, group) : moveUp(group, m.start(1), year);
    }

    private static NextGroup secondary(SchoolType type, String group) {
        Matcher m = ONE_DIGIT.matcher(group);
        if (!m.matches()) {
            return notUnderstood(group);
        }
        int year = Integer.parseInt(m.group(1));
        int last = lastYear(type, group);
        if (last == 0) {
            // Every VO track has at least four years: years 1-3 move up whatever the track.
            return year <= 3 ? moveUp(group, m.start(1), year) : notUnderstood(group);
        }
        if (year > last) {
            return notUnderstood(group);
        }
        return year == last ? new NextGroup(Step.LEAVE, group) : moveUp(group, m.start(1), year);
    }

    /** The last leerjaar of the track the name tells (vmbo and mavo 4, havo 5, vwo 6), or 0 when it tells none. */
    static int lastYear(SchoolType type, String group) {
        if (type != SchoolType.VO) {
            return 0;
        }
        String name = group.toLowerCase(Locale.ROOT);
        if (name.contains("vwo") || name.contains("atheneum") || name.contains("gymnasium")) {
            return 6;
        }
        if (name.contains("havo")) {
            return 5;
        }
        if (name.contains("vmbo") || name.contains("mavo")) {
            return 4;
        }
        Matcher letter = TRACK_LETTER.matcher(name);
        if (letter.find()) {
            return switch (letter.group(1)) {
                case "v", "a", "g" -> 6;
                case "h" -> 5;
                default -> 4;
            };
        }
        return 0;
    }

    private static NextGroup moveUp(String group, int digitAt, int year) {
        return new NextGroup(Step.MOVE_UP, group.substring(0, digitAt) + (year + 1) + group.substring(digitAt + 1));
    }

    private static NextGroup notUnderstood(String group) {
        return new NextGroup(Step.NOT_UNDERSTOOD, group);
    }
}
