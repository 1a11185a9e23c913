package nl.uitzicht.request;

/** The region's decision on a request. */
public enum Outcome {
    GRANTED,
    PARTLY,
    REFUSED
}
