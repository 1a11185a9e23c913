package nl.uitzicht.ui.error;

import nl.uitzicht.failure.FailureKind;
import nl.uitzicht.failure.Failures;

/**
 * For tests outside this package (the fault tests): how the UI classifies a failure, through the one
 * classifier ({@link Failures}, ADR 0071). The one place to adapt when the classification gets new kinds.
 */
public final class FailureKinds {

    private FailureKinds() {}

    /** The kind the UI shows {@code failure} as, e.g. {@code UNAVAILABLE} or {@code UNEXPECTED}. */
    public static String of(Throwable failure) {
        return Failures.classify(failure).name();
    }

    /** True when the UI tells the person that the service is unavailable for now (try again), not a domain error. */
    public static boolean infrastructure(Throwable failure) {
        return Failures.classify(failure).isInfrastructure();
    }

    /** True when the UI tells the person that someone (perhaps their own earlier click) saved first. */
    public static boolean conflict(Throwable failure) {
        return Failures.classify(failure) == FailureKind.CONFLICT;
    }
}
