package nl.uitzicht.demo.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.access.SystemOnly;
import nl.uitzicht.identity.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of the UI load benchmark in one (generated) region, made in bulk like the generator's
 * rows (the password is hashed once, not once per account: 500 BCrypt hashes take minutes on a busy
 * two-core machine): school staff of one school each, policy officers, and trainers whose achterban is
 * a copy of a generated trainer's. Runs in the bound region; refuses a region that has them already.
 */
@SystemOnly
class UiLoadUsers {

    /** One simulated user: login, role, and for school staff the OPPs only this user edits ({@code id:STATE}). */
    record LoadUser(String email, Role role, List<String> opps) {}

    private final PasswordEncoder passwords;
    private final JdbcTemplate jdbc;

    UiLoadUsers(PasswordEncoder passwords, JdbcTemplate jdbc) {
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    @Transactional
    public List<LoadUser> make(UUID region, String code, int staff, int policy, int trainers, String password) {
        String domain = code.toLowerCase() + ".load";
        Integer existing = jdbc.queryForObject(
                "select count(*) from user_account where email like ?", Integer.class, "%@" + domain);
        if (existing != null && existing > 0) {
            throw new IllegalStateException(code + " has the load accounts already (" + domain + ")");
        }
        String hash = passwords.encode(password);
        Map<UUID, List<String>> oppsBySchool = new LinkedHashMap<>();
        jdbc.query(
                "select school_id, id, state from opp where tenant_id = ? order by school_id, id",
                rs -> {
                    oppsBySchool
                            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class) + ":" + rs.getString(3));
                },
                region);
        List<UUID> schools = new ArrayList<>(oppsBySchool.keySet());
        if (schools.isEmpty()) {
            throw new IllegalStateException("Region " + code + " has no OPPs: generate its data first");
        }
        List<LoadUser> users = new ArrayList<>();
        for (int i = 0; i < staff; i++) {
            UUID school = schools.get(i % schools.size());
            // Colleagues at one school split its OPPs: no two simulated people edit the same plan.
            int colleagues = (staff - 1 - i % schools.size()) / schools.size() + 1;
            List<String> all = oppsBySchool.get(school);
            List<String> mine = new ArrayList<>();
            for (int o = i / schools.size(); o < all.size(); o += colleagues) {
                mine.add(all.get(o));
            }
            UUID membership = account(
                    "staff" + (i + 1) + "@" + domain, "Medewerker " + (i + 1), hash, region, Role.SCHOOL_STAFF)[1];
            jdbc.update("insert into membership_school (membership_id, school_id) values (?, ?)", membership, school);
            users.add(new LoadUser("staff" + (i + 1) + "@" + domain, Role.SCHOOL_STAFF, mine));
        }
        for (int i = 0; i < policy; i++) {
            account("policy" + (i + 1) + "@" + domain, "Beleid " + (i + 1), hash, region, Role.POLICY);
            users.add(new LoadUser("policy" + (i + 1) + "@" + domain, Role.POLICY, List.of()));
        }
        List<UUID> generated = jdbc.queryForList(
                "select distinct trainer_id from stakeholder where tenant_id = ? order by trainer_id",
                UUID.class,
                region);
        for (int i = 0; i < trainers; i++) {
            String email = "trainer" + (i + 1) + "@" + domain;
            UUID trainer = account(email, "Trainer " + (i + 1), hash, region, Role.TRAINER)[0];
            if (!generated.isEmpty()) {
                copyAchterban(region, generated.get(i % generated.size()), trainer);
            }
            users.add(new LoadUser(email, Role.TRAINER, List.of()));
        }
        return users;
    }

    /** [account id, membership id]. */
    private UUID[] account(String email, String name, String hash, UUID region, Role role) {
        UUID id = UUID.randomUUID();
        UUID membership = UUID.randomUUID();
        jdbc.update(
                "insert into user_account (id, email, display_name, password_hash) values (?, ?, ?, ?)",
                id,
                email,
                name,
                hash);
        jdbc.update(
                "insert into membership (id, user_id, region_id, role) values (?, ?, ?, ?)",
                membership,
                id,
                region,
                role.name());
        return new UUID[] {id, membership};
    }

    /** The stakeholders (not the conversations) of a generated trainer, as the new trainer's map. */
    private void copyAchterban(UUID region, UUID from, UUID to) {
        jdbc.update("""
                insert into stakeholder (id, tenant_id, trainer_id, kind, name, role, school_id, influence, interest,
                                         status, created_at)
                select gen_random_uuid(), tenant_id, ?, kind, name, role, school_id, influence, interest, status, created_at
                from stakeholder where tenant_id = ? and trainer_id = ?
                """, to, region, from);
    }
}
