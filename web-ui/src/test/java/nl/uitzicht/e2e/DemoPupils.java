package nl.uitzicht.e2e;

/** SQL for tests that pick a demo pupil (an OPP {@code o}) to work with. */
final class DemoPupils {

    /**
     * The pupil of {@code o} has room for one more parent (at most two per pupil): the tests in one context invite
     * parents to the same demo pupils, so a test that invites picks a pupil where its invitation fits.
     */
    static final String ROOM_FOR_A_PARENT = " and (select count(*) from parent_link l where l.pupil_id = o.pupil_id"
            + " and l.status <> 'REVOKED') < 2";

    private DemoPupils() {}
}
