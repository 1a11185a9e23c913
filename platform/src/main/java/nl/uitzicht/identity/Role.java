package nl.uitzicht.identity;

/**
 * What a person may do in a region. {@link #OPERATOR} is a platform role, held by the account
 * itself and never by a region membership.
 */
public enum Role {
    OPERATOR,
    REGION_ADMIN,
    SCHOOL_STAFF,
    TRAINER,
    POLICY,
    /**
     * Region staff who handle the schools' requests (arrangements and TLVs, see {@code nl.uitzicht.request}): the
     * region's queue, assigning experts, the decision and objections. Sees the requests of the whole region.
     */
    CASE_MANAGER,
    /**
     * An expert (orthopedagogue, psychologist, ...) who advises on requests: reads and advises on ONLY the requests
     * a case manager assigned to them, checked by every request service call.
     */
    EXPERT,
    /**
     * A parent or guardian: reads only the plans of the pupils they were invited for (a parent link,
     * see {@code nl.uitzicht.parent}), never anything else of the region. Always with a second factor.
     */
    PARENT;

    /** The Spring Security authority, e.g. {@code ROLE_REGION_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String REGION_ADMIN_NAME = "REGION_ADMIN";
    public static final String SCHOOL_STAFF_NAME = "SCHOOL_STAFF";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String POLICY_NAME = "POLICY";
    public static final String PARENT_NAME = "PARENT";
    public static final String CASE_MANAGER_NAME = "CASE_MANAGER";
    public static final String EXPERT_NAME = "EXPERT";
}
