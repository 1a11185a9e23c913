package nl.uitzicht.opp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.UUID;

/** The evaluation of one goal: achieved, partly or not, and why. */
@Embeddable
public record GoalEvaluation(
        @Column(name = "goal_key", nullable = false) UUID goalKey,

        @Enumerated(EnumType.STRING) @Column(nullable = false)
        GoalResult result,

        @Column(nullable = false) String explanation)
        implements Serializable {}
