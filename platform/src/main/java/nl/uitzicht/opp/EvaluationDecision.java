package nl.uitzicht.opp;

/** After the evaluation: continue with an adjusted plan (a new version) or close it. */
public enum EvaluationDecision {
    CONTINUE,
    CLOSE
}
