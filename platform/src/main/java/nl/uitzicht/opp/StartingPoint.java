package nl.uitzicht.opp;

import java.util.List;
import java.util.UUID;

/**
 * What a new OPP starts from (ADR 0081): nothing, the pupil's previous (closed) plan, or a template. The new
 * plan records which one, and the start is audited with it.
 */
public sealed interface StartingPoint {

    /** How the choice is stored on the plan. */
    enum Kind {
        EMPTY,
        PREVIOUS_PLAN,
        TEMPLATE
    }

    Kind kind();

    static StartingPoint empty() {
        return new Empty();
    }

    /** An empty plan. */
    record Empty() implements StartingPoint {
        @Override
        public Kind kind() {
            return Kind.EMPTY;
        }
    }

    /**
     * A copy of the pupil's previous plan ({@link OppPlans#previousPlan}): its factors, perspective, goals
     * (without their target dates) and interventions; never consent, conversations, monitoring, evaluations,
     * agreements or the pupil's view.
     */
    record FromPlan(UUID oppId) implements StartingPoint {
        @Override
        public Kind kind() {
            return Kind.PREVIOUS_PLAN;
        }
    }

    /**
     * A template's content, as the template module hands it out: factors, goals and interventions without any
     * pupil data. {@code interventions} serve all goals.
     */
    record FromTemplate(
            UUID templateId, String name, List<Factor> factors, List<Goal> goals, List<Intervention> interventions)
            implements StartingPoint {

        public FromTemplate {
            factors = List.copyOf(factors);
            goals = List.copyOf(goals);
            interventions = List.copyOf(interventions);
        }

        @Override
        public Kind kind() {
            return Kind.TEMPLATE;
        }
    }
}
