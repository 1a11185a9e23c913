package nl.uitzicht.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A Dutch school year, 1 August to 31 July: the only period a dashboard is asked for. Fixed buckets,
 * so two dashboards never differ by a day, a week or a month whose OPPs would then be a group that
 * suppression hides (ADR 0051, "Alternatives considered").
 */
public record SchoolYear(int startYear) implements Serializable, Comparable<SchoolYear> {

    public SchoolYear {
        if (startYear < 2000 || startYear > 2200) {
            throw new IllegalArgumentException("dashboard.error.period");
        }
    }

    /** The school year a day falls in. */
    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1);
    }

    /** The school year of {@code today} and the {@code count - 1} before it, newest first. */
    public static List<SchoolYear> upTo(LocalDate today, int count) {
        List<SchoolYear> years = new ArrayList<>();
        SchoolYear current = of(today);
        for (int i = 0; i < count; i++) {
            years.add(new SchoolYear(current.startYear() - i));
        }
        return years;
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 8, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 7, 31);
    }

    /** As the Dutch write it: {@code 2025-2026}. */
    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
