package nl.uitzicht.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.testing.TestDatabases;
import org.jspecify.annotations.Nullable;

/**
 * Dashboard data written as the owner to shape exact counts: OPPs (one pupil each) with extra support in a
 * category, and consensus scores. Shared by the dashboard's tests, so each says only what it counts.
 */
record DashboardData(TestDatabases.FreshDatabase db, UUID region, Map<String, UUID> category, LocalDate today) {

    /** n OPPs at a school, their support started on {@code started} (and closed on {@code closed}, if given). */
    void opps(UUID school, String categoryCode, int n, LocalDate started, @Nullable LocalDate closed) {
        for (int i = 0; i < n; i++) {
            UUID pupil = UUID.randomUUID();
            UUID opp = UUID.randomUUID();
            UUID version = UUID.randomUUID();
            db.ownerExecute(
                    "insert into pupil (id, tenant_id, school_id, name, birth_year, group_name, enrolled_on) values ('"
                            + pupil + "', '" + region + "', '" + school + "', 'Kind', 2016, '5', date '"
                            + today.minusMonths(6) + "')");
            db.ownerExecute(
                    "insert into opp (id, tenant_id, pupil_id, school_id, state, support_started_on, deadline_on,"
                            + " first_active_on, next_evaluation_on, created_by, created_at, updated_at) values ('"
                            + opp + "', '"
                            + region + "', '" + pupil + "', '" + school + "', 'ACTIVE', date '" + started + "', date '"
                            + started.plusWeeks(6) + "', date '" + started.plusMonths(1) + "', date '"
                            + today.plusMonths(10) + "', 'test', now(), clock_timestamp())");
            if (closed != null) {
                db.ownerExecute("update opp set closed_on = date '" + closed + "' where id = '" + opp + "'");
            }
            db.ownerExecute(
                    "insert into opp_version (id, tenant_id, opp_id, version_no, created_at, pupil_view) values ('"
                            + version + "', '" + region + "', '" + opp + "', 1, now(), 'Mijn mening')");
            db.ownerExecute(
                    "insert into opp_intervention (tenant_id, version_id, position, intervention_key, description,"
                            + " performer, frequency, support_category_id, support_level) values ('" + region + "', '"
                            + version
                            + "', 0, gen_random_uuid(), 'Hulp', 'TEACHER', 'dagelijks', '" + category.get(categoryCode)
                            + "', 'EXTRA')");
        }
    }

    /** The ids of a school's OPPs. */
    List<String> oppsOf(UUID school) {
        return db.ownerQuery("select id from opp where school_id = '" + school + "' order by id");
    }

    /** A scoring round on a checklist, to hang consensus scores on. */
    UUID round(UUID checklist) {
        UUID round = UUID.randomUUID();
        db.ownerExecute(
                "insert into scoring_round (id, tenant_id, name, checklist_id, organiser_id, organiser_name, created_at)"
                        + " values ('" + round + "', '" + region + "', 'Ronde', '" + checklist
                        + "', gen_random_uuid(), 'Tom', now())");
        return round;
    }

    void consensus(UUID round, String opp, UUID school, String item, int position, int score) {
        db.ownerExecute(
                "insert into consensus_score (id, tenant_id, round_id, opp_id, school_id, item_code, item_position,"
                        + " score, decided_by, decided_at) values (gen_random_uuid(), '" + region + "', '" + round
                        + "', '" + opp
                        + "', '" + school + "', '" + item + "', " + position + ", " + score + ", 'Tom', now())");
    }
}
