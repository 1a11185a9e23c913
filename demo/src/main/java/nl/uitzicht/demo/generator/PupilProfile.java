package nl.uitzicht.demo.generator;

import java.time.LocalDate;
import java.util.Random;
import nl.uitzicht.school.SchoolType;

/**
 * A generated pupil that fits the school: an age the school teaches, the group or class of that age as the
 * school would write it ("Groep 5", "3 havo", "PrO 2"), the age band the plan's texts are written for, and the
 * exit destination that fits the school and track.
 */
record PupilProfile(int birthYear, String group, PlanTexts.Band band, String destination) {

    private static final String[] FIRST_NAMES = {
        "Sem",
        "Julia",
        "Noah",
        "Emma",
        "Liam",
        "Mila",
        "Lucas",
        "Tess",
        "Finn",
        "Sara",
        "Daan",
        "Zoë",
        "Levi",
        "Nora",
        "Milan",
        "Yara",
        "Bram",
        "Lotte",
        "Adam",
        "Evi",
        "Mohammed",
        "Fenna",
        "Luuk",
        "Noor",
        "Jesse",
        "Amira",
        "Thijs",
        "Lina",
        "Ravi",
        "Hiba",
        "Stijn",
        "Ilse",
        "Mees",
        "Fleur",
        "Ayoub",
        "Roos",
        "Jayden",
        "Saar",
        "Owen",
        "Esmee",
        "Cas",
        "Maud",
        "Ibrahim",
        "Jasmijn",
        "Teun",
        "Elif",
        "Gijs",
        "Lieke"
    };

    private static final String LETTERS = "ABCDEFGHJKLMNOPRSTVWZ";

    /** A first name and an initial: a pseudonym a school might use, never a real pupil's full name. */
    static String name(Random random) {
        return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LETTERS.charAt(random.nextInt(LETTERS.length()))
                + ".";
    }

    static PupilProfile of(SchoolType type, Random random, LocalDate today) {
        return switch (type) {
            case BAO, SBO, SO -> primary(random, today);
            case VO -> secondary(random, today);
            case PRO -> practical(random, today, "PrO ", "ARBEIDSMARKT", 5);
            case VSO -> practical(random, today, "VSO ", random.nextBoolean() ? "DAGBESTEDING" : "ARBEIDSMARKT", 6);
        };
    }

    private static PupilProfile primary(Random random, LocalDate today) {
        int groep = 1 + random.nextInt(8);
        int age = groep + 4;
        String[] levels = {"PRO", "VMBO_B", "VMBO_K", "VMBO_GT", "VMBO_GT", "HAVO", "HAVO", "VWO"};
        String destination = levels[random.nextInt(levels.length)];
        return new PupilProfile(
                today.getYear() - age,
                "Groep " + groep,
                groep <= 4 ? PlanTexts.Band.YOUNG : PlanTexts.Band.PRIMARY,
                destination);
    }

    private static PupilProfile secondary(Random random, LocalDate today) {
        String[][] tracks = {
            {"vmbo-b", "4", "VMBO_B"},
            {"vmbo-k", "4", "VMBO_K"},
            {"mavo", "4", "VMBO_GT"},
            {"havo", "5", "HAVO"},
            {"vwo", "6", "VWO"}
        };
        String[] track = tracks[random.nextInt(tracks.length)];
        int year = 1 + random.nextInt(Integer.parseInt(track[1]));
        return new PupilProfile(today.getYear() - 11 - year, year + " " + track[0], PlanTexts.Band.SECONDARY, track[2]);
    }

    private static PupilProfile practical(
            Random random, LocalDate today, String prefix, String destination, int years) {
        int year = 1 + random.nextInt(years);
        return new PupilProfile(today.getYear() - 11 - year, prefix + year, PlanTexts.Band.SECONDARY, destination);
    }
}
