package nl.uitzicht.access;

/**
 * The method-security rules the services use, one per set of roles. Every rule also admits
 * {@link #SYSTEM_ROLE}: work the application does itself (demo data, provisioning at start-up,
 * scheduled jobs) runs through {@link SystemWork}. Role names match {@code nl.uitzicht.identity.Role}.
 */
public final class Allow {

    /** The role of {@link SystemWork}; no account, membership or token can carry it. */
    public static final String SYSTEM_ROLE = "SYSTEM";

    public static final String SYSTEM_AUTHORITY = "ROLE_" + SYSTEM_ROLE;

    public static final String SYSTEM = "hasRole('SYSTEM')";
    public static final String OPERATOR = "hasAnyRole('OPERATOR','SYSTEM')";
    public static final String REGION_ADMIN = "hasAnyRole('REGION_ADMIN','SYSTEM')";
    public static final String OPERATOR_OR_REGION_ADMIN = "hasAnyRole('OPERATOR','REGION_ADMIN','SYSTEM')";
    public static final String SCHOOL_STAFF = "hasAnyRole('SCHOOL_STAFF','SYSTEM')";
    /** School staff and region administrators: shared working material such as the goal library and templates. */
    public static final String STAFF_OR_REGION_ADMIN = "hasAnyRole('REGION_ADMIN','SCHOOL_STAFF','SYSTEM')";

    public static final String TRAINER = "hasAnyRole('TRAINER','SYSTEM')";
    public static final String TRAINER_OR_REGION_ADMIN = "hasAnyRole('TRAINER','REGION_ADMIN','SYSTEM')";
    /** Trainers and school staff: the basic-support mirror of their own schools (issue 18; each call checks which). */
    public static final String TRAINER_OR_STAFF = "hasAnyRole('TRAINER','SCHOOL_STAFF','SYSTEM')";

    /**
     * The dashboard's internal queries: policy staff and region admins (the region dashboard), trainers and school
     * staff (their schools' mirror, narrowed per call by {@code SchoolMirrors}).
     */
    public static final String DASHBOARD_FIGURES =
            "hasAnyRole('POLICY','REGION_ADMIN','TRAINER','SCHOOL_STAFF','CASE_MANAGER','SYSTEM')";

    public static final String POLICY_OR_REGION_ADMIN = "hasAnyRole('POLICY','REGION_ADMIN','SYSTEM')";
    /** Those who take part in scoring rounds: trainers, region administrators and school staff. */
    public static final String ANALYSTS = "hasAnyRole('TRAINER','REGION_ADMIN','SCHOOL_STAFF','SYSTEM')";
    /** Anyone with a role in the bound region (not the platform operator, who sees no region data). */
    public static final String REGION_MEMBER =
            "hasAnyRole('REGION_ADMIN','SCHOOL_STAFF','TRAINER','POLICY','CASE_MANAGER','EXPERT','SYSTEM')";
    /** Region staff who handle requests (arrangements, TLVs): the region's queue, decisions, objections. */
    public static final String CASE_MANAGER = "hasAnyRole('CASE_MANAGER','SYSTEM')";
    /** Experts who advise on requests; every call also checks that the request is assigned to them. */
    public static final String EXPERT = "hasAnyRole('EXPERT','SYSTEM')";
    /**
     * Case managers and experts: the OPP version a request rests on, read through the request (ADR 0101); the request
     * service checks the case manager's region or the expert's assignment before it asks.
     */
    public static final String REQUEST_HANDLERS = "hasAnyRole('CASE_MANAGER','EXPERT','SYSTEM')";
    /** Case managers and region administrators: the region's request settings (decision term). */
    public static final String CASE_MANAGER_OR_REGION_ADMIN = "hasAnyRole('CASE_MANAGER','REGION_ADMIN','SYSTEM')";
    /**
     * Policy staff, region administrators and case managers: the figures of the requests to the region, aggregates
     * only (ADR 0095).
     */
    public static final String REQUEST_FIGURES = "hasAnyRole('POLICY','REGION_ADMIN','CASE_MANAGER','SYSTEM')";
    /** Parents and guardians: only their own children's plans, checked again by every query (a parent link). */
    public static final String PARENT = "hasAnyRole('PARENT','SYSTEM')";
    /** Anyone signed in (also before choosing a region), an API client, or the system. */
    public static final String AUTHENTICATED = "isAuthenticated()";
    /**
     * Anyone, also not signed in: only for what the login page, token validation and an
     * invitation link need before anyone is known. Each use says why.
     */
    public static final String ANYONE = "permitAll()";

    private Allow() {}
}
