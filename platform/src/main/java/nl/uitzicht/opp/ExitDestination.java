package nl.uitzicht.opp;

/** The expected exit destination: VO levels, VSO profiles, and special (basic) education where relevant. */
public enum ExitDestination {
    PRO,
    VMBO_B,
    VMBO_K,
    VMBO_GT,
    HAVO,
    VWO,
    VERVOLGONDERWIJS,
    ARBEIDSMARKT,
    DAGBESTEDING,
    VSO,
    SBO,
    SO
}
