package nl.uitzicht.opp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The measured course of each goal and the result it suggests for the evaluation (ADR 0083). Plain
 * arithmetic on what the history already holds: no query, so opening the evaluation costs the same
 * statements however many observations a plan has.
 *
 * <p>The rule, on a goal's measurements of the kind of its latest one (a switch from a scale to a test
 * starts a new course): the latest value at or over its target (level or norm) is {@link GoalResult#ACHIEVED};
 * under it but a larger share of its target than the first measurement is {@link GoalResult#PARTLY}; else
 * {@link GoalResult#NOT_ACHIEVED}. A goal without measurements gets no suggestion.
 */
public final class GoalCourses {

    private GoalCourses() {}

    /** Per goal, in the goals' order, its course from the observations (in any order). */
    public static List<GoalCourse> of(List<Goal> goals, List<Observation> observations) {
        Map<UUID, List<Observation>> byGoal = observations.stream()
                .filter(o -> o.goalKey() != null && o.measurement() != null)
                .collect(Collectors.groupingBy(Observation::goalKey));
        return goals.stream()
                .map(g -> course(g.key(), byGoal.getOrDefault(g.key(), List.of())))
                .toList();
    }

    /**
     * The observations an evaluation of {@code history}'s plan weighs: those after its latest evaluation
     * (all of them for the first), so a second year's course starts afresh.
     */
    public static List<Observation> sinceLastEvaluation(OppHistory history) {
        return history.evaluations().stream()
                .map(Evaluation::evaluatedOn)
                .max(Comparator.naturalOrder())
                .map(last -> history.observations().stream()
                        .filter(o -> o.observedOn().isAfter(last))
                        .toList())
                .orElse(history.observations());
    }

    /** The courses of {@link #of} by goal key. */
    public static Map<UUID, GoalCourse> byGoal(List<Goal> goals, List<Observation> observations) {
        return of(goals, observations).stream().collect(Collectors.toMap(GoalCourse::goalKey, Function.identity()));
    }

    private static GoalCourse course(UUID goalKey, List<Observation> measured) {
        // The history lists newest first; reversed and sorted stably, same-day measurements keep their order.
        List<Observation> oldestFirst = new ArrayList<>(measured);
        java.util.Collections.reverse(oldestFirst);
        oldestFirst.sort(Comparator.comparing(Observation::observedOn));
        if (oldestFirst.isEmpty()) {
            return new GoalCourse(goalKey, List.of(), null);
        }
        MeasureKind kind = oldestFirst.getLast().measurement().kind();
        List<GoalCourse.Point> points = oldestFirst.stream()
                .filter(o -> o.measurement().kind() == kind)
                .map(o -> new GoalCourse.Point(o.observedOn(), o.measurement()))
                .toList();
        return new GoalCourse(
                goalKey,
                points,
                suggest(points.stream().map(GoalCourse.Point::measurement).toList()));
    }

    /** The rule above on one course of measurements of one kind, oldest first; null for none. */
    static @Nullable GoalResult suggest(List<Measurement> course) {
        if (course.isEmpty()) {
            return null;
        }
        Measurement last = course.getLast();
        if (last.reached()) {
            return GoalResult.ACHIEVED;
        }
        if (course.size() > 1 && last.shareOfTarget() > course.getFirst().shareOfTarget()) {
            return GoalResult.PARTLY;
        }
        return GoalResult.NOT_ACHIEVED;
    }
}
