package nl.uitzicht.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Requests to the region and their decisions written as the database owner, to shape exact figures in tests of what
 * reads them (dashboards, budgets, worklists): each request gets a pupil of its own, an active OPP and its version,
 * with an intervention of extra support in a category when one is given.
 */
public final class RequestRows {

    private final TestDatabases.FreshDatabase db;
    private final UUID region;

    public RequestRows(TestDatabases.FreshDatabase db, UUID region) {
        this.db = db;
        this.region = region;
    }

    /** A pupil at the school with an active OPP (version 1); extra support in {@code category} when not null. */
    public UUID[] pupilWithPlan(UUID school, @Nullable UUID category) {
        UUID pupil = UUID.randomUUID();
        UUID opp = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        LocalDate started = LocalDate.now().minusMonths(6);
        db.ownerExecute(
                "insert into pupil (id, tenant_id, school_id, name, birth_year, group_name, enrolled_on) values ('"
                        + pupil + "', '" + region + "', '" + school + "', 'Kind', 2016, '5', date '"
                        + started.minusMonths(6)
                        + "')");
        db.ownerExecute("insert into opp (id, tenant_id, pupil_id, school_id, state, support_started_on, deadline_on,"
                + " first_active_on, next_evaluation_on, created_by, created_at, updated_at) values ('" + opp
                + "', '" + region + "', '" + pupil + "', '" + school + "', 'ACTIVE', date '" + started
                + "', date '" + started.plusWeeks(6) + "', date '" + started.plusMonths(1) + "', date '"
                + started.plusMonths(12) + "', 'test', now(), clock_timestamp())");
        db.ownerExecute("insert into opp_version (id, tenant_id, opp_id, version_no, created_at) values ('" + version
                + "', '" + region + "', '" + opp + "', 1, now())");
        if (category != null) {
            db.ownerExecute(
                    "insert into opp_intervention (tenant_id, version_id, position, intervention_key, description,"
                            + " performer, frequency, support_category_id, support_level) values ('" + region + "', '"
                            + version + "', 0, gen_random_uuid(), 'Hulp', 'TEACHER', 'dagelijks', '" + category
                            + "', 'EXTRA')");
        }
        return new UUID[] {pupil, opp};
    }

    /** A request submitted on {@code submittedOn}, due {@code dueOn}, in {@code status}, for a new pupil. */
    public UUID request(
            UUID school, String type, LocalDate submittedOn, LocalDate dueOn, String status, @Nullable UUID category) {
        return request(school, pupilWithPlan(school, category), type, submittedOn, dueOn, status, null);
    }

    /** A request for a pupil made by {@link #pupilWithPlan}; {@code extendsRequest} when it asks for an extension. */
    public UUID request(
            UUID school,
            UUID[] pupilAndPlan,
            String type,
            LocalDate submittedOn,
            LocalDate dueOn,
            String status,
            @Nullable UUID extendsRequest) {
        UUID id = UUID.randomUUID();
        db.ownerExecute(
                "insert into support_request (id, tenant_id, school_id, pupil_id, pupil_name, type, extends_request_id,"
                        + " opp_id, opp_version_no, status, created_by_account_id, created_by_name, created_at,"
                        + " submitted_on, submitted_by_name, due_on, updated_at) values ('" + id + "', '" + region
                        + "', '" + school + "', '" + pupilAndPlan[0] + "', 'Kind "
                        + id.toString().substring(0, 4)
                        + "', '" + type + "', " + (extendsRequest == null ? "null" : "'" + extendsRequest + "'")
                        + ", '" + pupilAndPlan[1] + "', 1, '" + status + "', gen_random_uuid(), 'IB', now(), date '"
                        + submittedOn + "', 'IB', date '" + dueOn + "', now())");
        return id;
    }

    /** The region's decision on a request. */
    public void decide(
            UUID request,
            String outcome,
            LocalDate decidedOn,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable BigDecimal amount,
            @Nullable BigDecimal hours) {
        db.ownerExecute("insert into support_request_decision (id, tenant_id, request_id, outcome, starts_on, ends_on,"
                + " budget_amount, hours, reasons, decided_on, decided_by_account_id, decided_by_name,"
                + " objection_deadline_on, recorded_at) values (gen_random_uuid(), '" + region + "', '"
                + request + "', '" + outcome + "', " + date(startsOn) + ", " + date(endsOn) + ", "
                + (amount == null ? "null" : amount.toPlainString()) + ", "
                + (hours == null ? "null" : hours.toPlainString()) + ", 'Besluit', date '" + decidedOn
                + "', gen_random_uuid(), 'CM', date '" + decidedOn.plusWeeks(6) + "', now())");
        db.ownerExecute("update support_request set status = 'DECIDED' where id = '" + request + "'");
    }

    private static String date(@Nullable LocalDate day) {
        return day == null ? "null" : "date '" + day + "'";
    }
}
