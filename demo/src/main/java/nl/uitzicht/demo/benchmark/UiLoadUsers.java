package nl.uitzicht.demo.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.SystemOnly;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of the UI load benchmark in one (generated) region: school staff of one school each,
 * policy officers, and trainers whose achterban is a copy of a generated trainer's. Idempotent: an
 * account that exists is reused, never changed. Runs in the bound region.
 */
@SystemOnly
class UiLoadUsers {

    /** One simulated user: login, role, and for school staff the OPPs only this user edits ({@code id:STATE}). */
    record LoadUser(String email, Role role, List<String> opps) {}

    private final AccountDirectory accounts;
    private final JdbcTemplate jdbc;

    UiLoadUsers(AccountDirectory accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Transactional
    public List<LoadUser> make(UUID region, String code, int staff, int policy, int trainers, String password) {
        String domain = code.toLowerCase() + ".load";
        List<LoadUser> users = new ArrayList<>();
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
        for (int i = 0; i < staff; i++) {
            UUID school = schools.get(i % schools.size());
            int colleagues = (staff - 1 - i % schools.size()) / schools.size() + 1;
            int rank = i / schools.size();
            List<String> all = oppsBySchool.get(school);
            List<String> mine = new ArrayList<>();
            for (int o = rank; o < all.size(); o += colleagues) {
                mine.add(all.get(o));
            }
            account(
                    "staff" + (i + 1) + "@" + domain,
                    "Medewerker " + (i + 1),
                    password,
                    region,
                    Role.SCHOOL_STAFF,
                    Set.of(school));
            users.add(new LoadUser("staff" + (i + 1) + "@" + domain, Role.SCHOOL_STAFF, mine));
        }
        for (int i = 0; i < policy; i++) {
            account("policy" + (i + 1) + "@" + domain, "Beleid " + (i + 1), password, region, Role.POLICY, Set.of());
            users.add(new LoadUser("policy" + (i + 1) + "@" + domain, Role.POLICY, List.of()));
        }
        List<UUID> generatedTrainers = jdbc.queryForList(
                "select distinct trainer_id from stakeholder where tenant_id = ? order by trainer_id",
                UUID.class,
                region);
        for (int i = 0; i < trainers; i++) {
            String email = "trainer" + (i + 1) + "@" + domain;
            boolean fresh = accounts.findByEmail(email).isEmpty();
            AccountSummary trainer = account(email, "Trainer " + (i + 1), password, region, Role.TRAINER, Set.of());
            if (fresh && !generatedTrainers.isEmpty()) {
                copyAchterban(region, generatedTrainers.get(i % generatedTrainers.size()), trainer.id());
            }
            users.add(new LoadUser(email, Role.TRAINER, List.of()));
        }
        return users;
    }

    private AccountSummary account(
            String email, String name, String password, UUID region, Role role, Set<UUID> schools) {
        AccountSummary account =
                accounts.findByEmail(email).orElseGet(() -> accounts.createAccount(email, name, password));
        accounts.grant(account.id(), region, role, schools);
        return account;
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
