package nl.uitzicht.opp;

import java.io.Serializable;
import java.util.List;

/** The action part (legal part 3), to which parents must consent: goals, interventions, agreements. */
public record Handelingsdeel(List<Goal> goals, List<Intervention> interventions, List<Agreement> agreements)
        implements Serializable {

    public List<Intervention> interventionsFor(Goal goal) {
        return interventions.stream()
                .filter(i -> i.goals().contains(goal.key()))
                .toList();
    }
}
