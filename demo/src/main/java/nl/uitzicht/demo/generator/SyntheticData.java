package nl.uitzicht.demo.generator;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import nl.uitzicht.access.SystemOnly;
import nl.uitzicht.analysis.Checklist;
import nl.uitzicht.analysis.Checklists;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the bound region with synthetic data. Deterministic for a seed. Schools it adds get BRIN codes
 * 00AA..; pupils are named "Leerling n". OPP states, dates and support categories are drawn so that
 * some schools lean on extra support in basic-support categories (the mirror has something to show).
 */
@SystemOnly
public class SyntheticData {

    private static final Logger log = LoggerFactory.getLogger(SyntheticData.class);
    private static final String[] DOMAINS = {"LEARNING", "BEHAVIOUR", "WORK_ATTITUDE", "PHYSICAL", "HOME", "SCHOOL"};
    private static final String[] PERFORMERS = {"TEACHER", "PARENTS", "PUPIL", "EXTERNAL"};
    private static final String[] DESTINATIONS = {"PRO", "VMBO_B", "VMBO_K", "VMBO_GT", "HAVO", "VWO"};

    /** How much to make. */
    public record Scale(int schools, int pupils, int opps, int scoredOpps, int trainers) {}

    /** What was made. */
    public record Result(int schools, int pupils, int opps, int scores, int consensus, int stakeholders) {}

    private final JdbcTemplate jdbc;
    private final SchoolDirectory schools;
    private final SupportCategories categories;
    private final Checklists checklists;

    private final Clock clock;

    SyntheticData(
            JdbcTemplate jdbc,
            SchoolDirectory schools,
            SupportCategories categories,
            Checklists checklists,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.schools = schools;
        this.categories = categories;
        this.checklists = checklists;
    }

    /** Adds schools (up to {@code scale.schools()} in total), then pupils and OPPs spread over all schools. */
    @Transactional
    public Result fill(Scale scale, long seed) {
        return fill(scale, seed, school -> true);
    }

    /** As {@link #fill(Scale, long)}, with the pupils and OPPs only in the schools {@code into} accepts. */
    @Transactional
    public Result fill(Scale scale, long seed, Predicate<SchoolSummary> into) {
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        int added = addSchools(scale.schools(), random);
        List<SchoolSummary> all = schools.all().stream().filter(into).toList();
        if (all.isEmpty()) {
            throw new IllegalStateException("No school to put synthetic pupils in");
        }
        if (categories.all().isEmpty()) {
            categories.installDefaults();
        }
        List<SupportCategory> cats = categories.active();
        UUID tenant = jdbc.queryForObject("select current_setting('app.tenant_id')::uuid", UUID.class);
        // A per-school tilt: some schools give much more extra support in the same few categories.
        double[] tilt = new double[all.size()];
        for (int s = 0; s < all.size(); s++) {
            tilt[s] = 0.5 + random.nextDouble() * 2.5;
        }
        List<Object[]> pupilRows = new ArrayList<>();
        List<UUID> pupilIds = new ArrayList<>();
        List<Integer> pupilSchool = new ArrayList<>();
        for (int p = 0; p < scale.pupils(); p++) {
            UUID id = UUID.randomUUID();
            int s = pickSchool(random, tilt);
            pupilIds.add(id);
            pupilSchool.add(s);
            pupilRows.add(new Object[] {
                id,
                tenant,
                all.get(s).id(),
                "Leerling " + (p + 1),
                today.getYear() - 5 - random.nextInt(12),
                Integer.toString(1 + random.nextInt(8)),
                Date.valueOf(today.minusDays(30 + random.nextInt(2500)))
            });
        }
        batch(
                "insert into pupil (id, tenant_id, school_id, name, birth_year, group_name, enrolled_on) values (?,?,?,?,?,?,?)",
                pupilRows);
        List<Object[]> opps = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> factors = new ArrayList<>();
        List<Object[]> goals = new ArrayList<>();
        List<Object[]> interventions = new ArrayList<>();
        List<Object[]> agreements = new ArrayList<>();
        List<Object[]> observations = new ArrayList<>();
        List<UUID> oppIds = new ArrayList<>();
        List<UUID> oppSchools = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now(clock));
        int count = Math.min(scale.opps(), scale.pupils());
        for (int o = 0; o < count; o++) {
            UUID oppId = UUID.randomUUID();
            UUID versionId = UUID.randomUUID();
            int pupil = o;
            int s = pupilSchool.get(pupil);
            LocalDate started = today.minusDays(random.nextInt(720));
            LocalDate deadline = started.plusWeeks(6);
            int roll = random.nextInt(100);
            String state = roll < 8
                    ? "DRAFT"
                    : roll < 14
                            ? "IN_CONSULTATION"
                            : roll < 20
                                    ? "AWAITING_CONSENT"
                                    : roll < 80 ? "ACTIVE" : roll < 90 ? "IN_EVALUATION" : "CLOSED";
            boolean consented =
                    !state.equals("DRAFT") && !state.equals("IN_CONSULTATION") && !state.equals("AWAITING_CONSENT");
            LocalDate active = consented ? started.plusDays(10 + random.nextInt(60)) : null;
            if (active != null && active.isAfter(today)) {
                active = today;
            }
            LocalDate nextEval = active == null || state.equals("CLOSED")
                    ? null
                    : active.plusYears(1).plusDays(random.nextInt(10) < 2 ? -60 : 0);
            LocalDate closed = state.equals("CLOSED") ? today.minusDays(random.nextInt(60)) : null;
            opps.add(new Object[] {
                oppId,
                tenant,
                pupilIds.get(pupil),
                all.get(s).id(),
                state,
                Date.valueOf(started),
                Date.valueOf(deadline),
                date(active),
                date(nextEval),
                date(closed),
                "generator",
                now,
                now
            });
            boolean pupilView = random.nextInt(100) < 70;
            boolean fullPerspective = random.nextInt(100) < 80;
            versions.add(new Object[] {
                versionId,
                tenant,
                oppId,
                now,
                date(active),
                fullPerspective ? DESTINATIONS[random.nextInt(DESTINATIONS.length)] : null,
                fullPerspective ? "Onderbouwd vanuit de factoren." : null,
                fullPerspective ? "Extra instructie." : null,
                pupilView ? "Ik wil graag beter leren lezen en rekenen." : null
            });
            factors.add(new Object[] {
                tenant, versionId, 0, UUID.randomUUID(), "HINDERING", DOMAINS[random.nextInt(6)], "Belemmerend"
            });
            if (random.nextInt(100) < 85) {
                factors.add(new Object[] {
                    tenant, versionId, 1, UUID.randomUUID(), "HELPING", DOMAINS[random.nextInt(6)], "Bevorderend"
                });
            }
            int goalCount = 1 + random.nextInt(3);
            for (int g = 0; g < goalCount; g++) {
                UUID goalKey = UUID.randomUUID();
                goals.add(new Object[] {
                    tenant,
                    versionId,
                    g,
                    goalKey,
                    DOMAINS[random.nextInt(6)],
                    "Doel " + (g + 1),
                    "Beginsituatie",
                    random.nextBoolean() ? "Toets" : null,
                    Date.valueOf(started.plusMonths(6))
                });
                SupportCategory cat = pickCategory(random, cats, tilt[s]);
                interventions.add(new Object[] {
                    tenant,
                    versionId,
                    g,
                    UUID.randomUUID(),
                    "Interventie " + (g + 1),
                    PERFORMERS[random.nextInt(4)],
                    "wekelijks",
                    "{" + goalKey + "}",
                    cat.id(),
                    random.nextInt(100) < 75 ? "EXTRA" : "BASIC"
                });
                if (consented) {
                    observations.add(new Object[] {
                        UUID.randomUUID(),
                        tenant,
                        oppId,
                        goalKey,
                        Date.valueOf(active.plusDays(random.nextInt(60))),
                        "Voortgang genoteerd.",
                        "generator",
                        now
                    });
                }
            }
            agreements.add(new Object[] {tenant, versionId, 0, UUID.randomUUID(), "PARENTS", "Ouders oefenen thuis."});
            oppIds.add(oppId);
            oppSchools.add(all.get(s).id());
        }
        batch(
                "insert into opp (id, tenant_id, pupil_id, school_id, state, support_started_on, deadline_on, first_active_on,"
                        + " next_evaluation_on, closed_on, created_by, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                opps);
        batch(
                "insert into opp_version (id, tenant_id, opp_id, version_no, created_at, consented_on, exit_destination,"
                        + " perspective_reasoning, perspective_needed, pupil_view) values (?,?,?,1,?,?,?,?,?,?)",
                versions);
        batch(
                "insert into opp_factor (tenant_id, version_id, position, factor_key, kind, domain, description)"
                        + " values (?,?,?,?,?,?,?)",
                factors);
        batch(
                "insert into opp_goal (tenant_id, version_id, position, goal_key, domain, description, baseline, measure,"
                        + " target_on) values (?,?,?,?,?,?,?,?,?)",
                goals);
        batch(
                "insert into opp_intervention (tenant_id, version_id, position, intervention_key, description, performer,"
                        + " frequency, goal_keys, support_category_id, support_level) values (?,?,?,?,?,?,?,?::uuid[],?,?)",
                interventions);
        batch(
                "insert into opp_agreement (tenant_id, version_id, position, agreement_key, party, description)"
                        + " values (?,?,?,?,?,?)",
                agreements);
        batch(
                "insert into opp_observation (id, tenant_id, opp_id, version_no, goal_key, observed_on, note, recorded_by,"
                        + " recorded_at) values (?,?,?,1,?,?,?,?,?)",
                observations);
        int[] scored = scores(tenant, random, oppIds, oppSchools, Math.min(scale.scoredOpps(), count), now);
        basicSupport(tenant, random, all, cats);
        int stakeholders = achterban(tenant, random, all, scale.trainers(), now);
        Result result = new Result(added, pupilRows.size(), opps.size(), scored[0], scored[1], stakeholders);
        log.info("Synthetic data for region {}: {}", tenant, result);
        return result;
    }

    /** Rounds of 10 OPPs with 2 raters each: two scores and a consensus per item. */
    private int[] scores(
            UUID tenant, Random random, List<UUID> oppIds, List<UUID> oppSchools, int scoredOpps, Timestamp now) {
        if (scoredOpps == 0) {
            return new int[] {0, 0};
        }
        Checklist checklist = checklists.standard();
        List<Object[]> rounds = new ArrayList<>();
        List<Object[]> roundOpps = new ArrayList<>();
        List<Object[]> raters = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        List<Object[]> consensus = new ArrayList<>();
        UUID organiser = UUID.randomUUID();
        for (int start = 0; start < scoredOpps; start += 10) {
            UUID round = UUID.randomUUID();
            rounds.add(new Object[] {
                round, tenant, "Gegenereerde ronde " + (start / 10 + 1), checklist.id(), organiser, "Generator", now
            });
            UUID[] raterIds = {UUID.randomUUID(), UUID.randomUUID()};
            for (int r = 0; r < 2; r++) {
                raters.add(new Object[] {raterIds[r], tenant, round, UUID.randomUUID(), "Beoordelaar " + (r + 1), now});
            }
            for (int o = start; o < Math.min(start + 10, scoredOpps); o++) {
                roundOpps.add(new Object[] {tenant, round, o - start, oppIds.get(o), oppSchools.get(o)});
                for (int i = 0; i < checklist.items().size(); i++) {
                    int base = random.nextInt(100) < 50 ? 2 : random.nextInt(100) < 60 ? 1 : 0;
                    for (int r = 0; r < 2; r++) {
                        int score = random.nextInt(100) < 80
                                ? base
                                : Math.max(0, Math.min(2, base + (random.nextBoolean() ? 1 : -1)));
                        scores.add(new Object[] {
                            UUID.randomUUID(),
                            tenant,
                            round,
                            raterIds[r],
                            oppIds.get(o),
                            checklist.items().get(i).code(),
                            score
                        });
                    }
                    consensus.add(new Object[] {
                        UUID.randomUUID(),
                        tenant,
                        round,
                        oppIds.get(o),
                        oppSchools.get(o),
                        checklist.items().get(i).code(),
                        i + 1,
                        base,
                        "Generator",
                        now
                    });
                }
            }
        }
        batch(
                "insert into scoring_round (id, tenant_id, name, checklist_id, organiser_id, organiser_name, created_at)"
                        + " values (?,?,?,?,?,?,?)",
                rounds);
        batch(
                "insert into scoring_round_opp (tenant_id, round_id, position, opp_id, school_id) values (?,?,?,?,?)",
                roundOpps);
        batch(
                "insert into scoring_rater (id, tenant_id, round_id, account_id, display_name, submitted_at) values (?,?,?,?,?,?)",
                raters);
        batch(
                "insert into checklist_score (id, tenant_id, round_id, rater_id, opp_id, item_code, score) values (?,?,?,?,?,?,?)",
                scores);
        batch(
                "insert into consensus_score (id, tenant_id, round_id, opp_id, school_id, item_code, item_position, score,"
                        + " decided_by, decided_at) values (?,?,?,?,?,?,?,?,?,?)",
                consensus);
        return new int[] {scores.size(), consensus.size()};
    }

    /**
     * The region's basic-support standard (the national minimum plus one more category) and, for four in
     * five schools, an SOP profile: the standard minus what the school leaves out, plus one of its own.
     */
    private void basicSupport(UUID tenant, Random random, List<SchoolSummary> all, List<SupportCategory> cats) {
        if (cats.isEmpty() || jdbc.queryForObject("select count(*) from basic_support_standard", Integer.class) > 0) {
            return;
        }
        List<UUID> standard = new ArrayList<>(cats.stream()
                .filter(SupportCategory::nationalMinimum)
                .map(SupportCategory::id)
                .toList());
        cats.stream().filter(c -> !c.nationalMinimum()).findFirst().ifPresent(c -> standard.add(c.id()));
        jdbc.update(
                "insert into basic_support_standard (id, tenant_id, category_ids) values (?,?,?::uuid[])",
                UUID.randomUUID(),
                tenant,
                uuidArray(standard));
        List<Object[]> profiles = new ArrayList<>();
        for (SchoolSummary school : all) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            List<UUID> covered = new ArrayList<>(
                    standard.stream().filter(c -> random.nextInt(4) > 0).toList());
            UUID own = cats.get(random.nextInt(cats.size())).id();
            if (!covered.contains(own)) {
                covered.add(own);
            }
            profiles.add(new Object[] {school.id(), tenant, uuidArray(covered)});
        }
        batch(
                "insert into school_support_profile (school_id, tenant_id, category_ids) values (?,?,?::uuid[])"
                        + " on conflict (school_id) do nothing",
                profiles);
    }

    /** Trainers (accounts without a password) who each mapped stakeholders and held conversations with some. */
    private int achterban(UUID tenant, Random random, List<SchoolSummary> all, int trainers, Timestamp now) {
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
        batch("insert into user_account (id, email, display_name) values (?,?,?)", accounts);
        batch("insert into membership (id, user_id, region_id, role) values (?,?,?,'TRAINER')", memberships);
        batch(
                "insert into stakeholder (id, tenant_id, trainer_id, kind, name, role, school_id, influence, interest, status,"
                        + " created_at) values (?,?,?,?,?,?,?,?,?,?,?)",
                people);
        batch(
                "insert into stakeholder_conversation (id, tenant_id, stakeholder_id, held_on, topic, opps_reviewed)"
                        + " values (?,?,?,?,?,?)",
                talks);
        return people.size();
    }

    private static String uuidArray(List<UUID> ids) {
        return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }

    private int addSchools(int target, Random random) {
        int existing = schools.all().size();
        SchoolType[] types = {
            SchoolType.BAO,
            SchoolType.BAO,
            SchoolType.BAO,
            SchoolType.BAO,
            SchoolType.SBO,
            SchoolType.SO,
            SchoolType.VO,
            SchoolType.VO,
            SchoolType.PRO,
            SchoolType.VSO
        };
        int added = 0;
        for (int i = existing; i < target; i++) {
            String brin =
                    String.format("%02d%c%c", i % 100, (char) ('A' + (i / 100) % 26), (char) ('A' + (i / 2600) % 26));
            SchoolType type = types[random.nextInt(types.length)];
            schools.register(
                    brin,
                    "00",
                    "School " + (i + 1),
                    type,
                    "Gemeente " + (1 + i % 12),
                    type == SchoolType.BAO ? 150 + random.nextInt(350) : 80 + random.nextInt(900));
            added++;
        }
        return added;
    }

    private static int pickSchool(Random random, double[] tilt) {
        return random.nextInt(tilt.length);
    }

    private static SupportCategory pickCategory(Random random, List<SupportCategory> cats, double tilt) {
        List<SupportCategory> basic =
                cats.stream().filter(SupportCategory::nationalMinimum).toList();
        if (!basic.isEmpty() && random.nextDouble() < Math.min(0.85, 0.2 * tilt)) {
            return basic.get(random.nextInt(basic.size()));
        }
        return cats.get(random.nextInt(cats.size()));
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }
}
