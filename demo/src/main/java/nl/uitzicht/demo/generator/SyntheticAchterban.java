package nl.uitzicht.demo.generator;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.uitzicht.school.SchoolSummary;
import org.springframework.jdbc.core.JdbcTemplate;

/** The trainers' achterban: trainers (accounts without a password) who each mapped stakeholders and held conversations with some. */
final class SyntheticAchterban {

    private final JdbcTemplate jdbc;
    private final BatchInsert rows;
    private final Clock clock;

    SyntheticAchterban(JdbcTemplate jdbc, BatchInsert rows, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.clock = clock;
    }

    /** The number of stakeholders made. */
    int make(UUID tenant, Random random, List<SchoolSummary> all, int trainers, Timestamp now) {
        String code = jdbc.queryForObject("select code from region where id = ?", String.class, tenant);
        String[] statuses = {"NOT_APPROACHED", "IN_CONVERSATION", "ON_BOARD", "CRITICAL"};
        String[] levels = {"LOW", "MEDIUM", "HIGH"};
        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> memberships = new ArrayList<>();
        List<Object[]> people = new ArrayList<>();
        List<Object[]> talks = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int t = 0; t < trainers; t++) {
            UUID trainer = UUID.randomUUID();
            accounts.add(new Object[] {
                trainer, "trainer" + (t + 1) + "@" + code.toLowerCase() + ".generated", "Trainer " + (t + 1)
            });
            memberships.add(new Object[] {UUID.randomUUID(), trainer, tenant});
            int mapped = 6 + random.nextInt(15);
            for (int p = 0; p < mapped; p++) {
                UUID stakeholder = UUID.randomUUID();
                SchoolSummary school = all.get(random.nextInt(all.size()));
                String status = statuses[random.nextInt(statuses.length)];
                people.add(new Object[] {
                    stakeholder,
                    tenant,
                    trainer,
                    "PERSON",
                    "Betrokkene " + (p + 1),
                    "Intern begeleider",
                    school.id(),
                    levels[random.nextInt(3)],
                    levels[random.nextInt(3)],
                    status,
                    now
                });
                int held = status.equals("NOT_APPROACHED") ? 0 : 1 + random.nextInt(3);
                for (int c = 0; c < held; c++) {
                    talks.add(new Object[] {
                        UUID.randomUUID(),
                        tenant,
                        stakeholder,
                        Date.valueOf(today.minusDays(random.nextInt(400))),
                        "Gesprek over OPP's",
                        random.nextBoolean()
                    });
                }
            }
        }
        rows.insert("insert into user_account (id, email, display_name) values (?,?,?)", accounts);
        rows.insert("insert into membership (id, user_id, region_id, role) values (?,?,?,'TRAINER')", memberships);
        rows.insert(
                "insert into stakeholder (id, tenant_id, trainer_id, kind, name, role, school_id, influence, interest, status,"
                        + " created_at) values (?,?,?,?,?,?,?,?,?,?,?)",
                people);
        rows.insert(
                "insert into stakeholder_conversation (id, tenant_id, stakeholder_id, held_on, topic, opps_reviewed)"
                        + " values (?,?,?,?,?,?)",
                talks);
        return people.size();
    }
}
