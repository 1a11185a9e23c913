package nl.uitzicht.ui.error;

import nl.uitzicht.opp.OppConflictException;

/**
 * For tests outside this package (the fault tests): how the UI classifies a failure, by the name of its
 * {@link ExpectedFailure} kind. The one place to adapt when the classification moves or gets new kinds.
 */
public final class FailureKinds {

    private FailureKinds() {}

    /** The kind the UI shows {@code failure} as, e.g. {@code DATABASE_UNAVAILABLE} or {@code UNEXPECTED}. */
    public static String of(Throwable failure) {
        return ExpectedFailure.of(failure).name();
    }

    /** True when the UI tells the person that the service is unavailable for now (try again), not a domain error. */
    public static boolean infrastructure(Throwable failure) {
        return ExpectedFailure.of(failure) == ExpectedFailure.DATABASE_UNAVAILABLE;
    }

    /** True when the UI tells the person that someone (perhaps their own earlier click) saved first. */
    public static boolean conflict(Throwable failure) {
        return ExpectedFailure.of(failure) == ExpectedFailure.CONFLICT
                || ExpectedFailure.find(failure, OppConflictException.class).isPresent();
    }
}
