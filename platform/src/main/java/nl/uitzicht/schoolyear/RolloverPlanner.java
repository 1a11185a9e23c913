package nl.uitzicht.schoolyear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.opp.OpenPlan;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.school.SchoolSummary;

/**
 * Works out the rollover's rows from the region's pupils, schools and open plans, without changing anything:
 * the dry run shows these rows and the run applies exactly them. Pupils who enrolled on or after the rollover
 * day are already in their new group and are left alone; so are pupils of a closed school.
 */
final class RolloverPlanner {

    private RolloverPlanner() {}

    static List<RolloverRow> plan(
            List<PupilSummary> pupils,
            List<SchoolSummary> schools,
            List<OpenPlan> openPlans,
            SchoolYearDates dates,
            int schoolYear) {
        Map<UUID, SchoolSummary> schoolById = new HashMap<>();
        schools.forEach(s -> schoolById.put(s.id(), s));
        Map<UUID, List<OpenPlan>> plansByPupil = new HashMap<>();
        openPlans.forEach(p -> plansByPupil
                .computeIfAbsent(p.pupilId(), k -> new ArrayList<>())
                .add(p));
        LocalDate rolloverOn = dates.start(schoolYear);
        LocalDate leftOn = dates.leavingDay(schoolYear);
        LocalDate yearEnd = dates.end(schoolYear);
        List<RolloverRow> rows = new ArrayList<>();
        for (PupilSummary pupil : pupils) {
            SchoolSummary school = schoolById.get(pupil.schoolId());
            if (school == null || !school.open() || !pupil.enrolledOn().isBefore(rolloverOn)) {
                continue;
            }
            NextGroup next = NextGroup.of(school.type(), pupil.group());
            List<OpenPlan> plans = plansByPupil.getOrDefault(pupil.id(), List.of());
            switch (next.step()) {
                case MOVE_UP -> {
                    rows.add(row(school, pupil, RolloverChange.MOVE_UP, pupil.group(), next.group(), null));
                    for (OpenPlan plan : plans) {
                        if (plan.state() == OppState.ACTIVE
                                && (plan.nextEvaluationOn() == null
                                        || plan.nextEvaluationOn().isAfter(yearEnd))) {
                            rows.add(row(
                                    school,
                                    pupil,
                                    RolloverChange.SCHEDULE_EVALUATION,
                                    plan.nextEvaluationOn() == null
                                            ? ""
                                            : plan.nextEvaluationOn().toString(),
                                    yearEnd.toString(),
                                    plan.oppId()));
                        }
                    }
                }
                case LEAVE -> {
                    rows.add(row(school, pupil, RolloverChange.LEAVE, pupil.group(), leftOn.toString(), null));
                    for (OpenPlan plan : plans) {
                        rows.add(row(
                                school,
                                pupil,
                                RolloverChange.CLOSE_OPP,
                                plan.state().name(),
                                OppState.CLOSED.name(),
                                plan.oppId()));
                    }
                }
                case NOT_UNDERSTOOD ->
                    rows.add(row(school, pupil, RolloverChange.NOT_UNDERSTOOD, pupil.group(), "", null));
            }
        }
        rows.sort(Comparator.comparing(RolloverRow::schoolName)
                .thenComparing(RolloverRow::schoolId)
                .thenComparing(RolloverRow::change)
                .thenComparing(RolloverRow::before)
                .thenComparing(RolloverRow::pupilName)
                .thenComparing(RolloverRow::pupilId));
        return rows;
    }

    private static RolloverRow row(
            SchoolSummary school,
            PupilSummary pupil,
            RolloverChange change,
            String before,
            String after,
            @org.jspecify.annotations.Nullable UUID oppId) {
        return new RolloverRow(school.id(), school.name(), pupil.id(), pupil.name(), change, before, after, oppId);
    }
}
