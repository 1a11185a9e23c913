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
 * 00AA..; pupils get a first name and an initial, and the age, group and exit destination their school fits
 * ({@link PupilProfile}); plans are written per support category and age band ({@link PlanTexts}) and marked
 * {@code synthetic}, so they are never offered for scoring in a region that is not synthetic. OPP states, dates and support categories are drawn so that
 * some schools lean on extra support in basic-support categories (the mirror has something to show).
 */
@SystemOnly
public class SyntheticData {

    private static final Logger log = LoggerFactory.getLogger(SyntheticData.class);

    /** How much to make. */
    public record Scale(int schools, int pupils, int opps, int scoredOpps, int trainers) {}

    /** What was made. */
    public record Result(int schools, int pupils, int opps, int scores, int consensus, int stakeholders) {}

    private final JdbcTemplate jdbc;
    private final SchoolDirectory schools;
    private final SupportCategories categories;
    private final Checklists checklists;

    private final Clock clock;
    private final BatchInsert rows;
    private final SyntheticOpps opps;
    private final SyntheticScores scores;
    private final SyntheticAchterban achterban;

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
        this.rows = new BatchInsert(jdbc);
        this.opps = new SyntheticOpps(rows);
        this.scores = new SyntheticScores(checklists, rows);
        this.achterban = new SyntheticAchterban(jdbc, rows, clock);
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
        List<PupilProfile> profiles = new ArrayList<>();
        for (int p = 0; p < scale.pupils(); p++) {
            UUID id = UUID.randomUUID();
            int s = pickSchool(random, tilt);
            PupilProfile profile = PupilProfile.of(all.get(s).type(), random, today);
            pupilIds.add(id);
            pupilSchool.add(s);
            profiles.add(profile);
            pupilRows.add(new Object[] {
                id,
                tenant,
                all.get(s).id(),
                PupilProfile.name(random),
                profile.birthYear(),
                profile.group(),
                Date.valueOf(today.minusDays(30 + random.nextInt(2500)))
            });
        }
        rows.insert(
                "insert into pupil (id, tenant_id, school_id, name, birth_year, group_name, enrolled_on) values (?,?,?,?,?,?,?)",
                pupilRows);
        Timestamp now = Timestamp.from(Instant.now(clock));
        int count = Math.min(scale.opps(), scale.pupils());
        SyntheticOpps.Made made =
                opps.make(tenant, random, all, pupilIds, pupilSchool, profiles, tilt, cats, count, today, now);
        int[] scored = scores.make(tenant, random, made, Math.min(scale.scoredOpps(), count), now);
        basicSupport(tenant, random, all, cats);
        int stakeholders = achterban.make(tenant, random, all, scale.trainers(), now);
        Result result = new Result(added, pupilRows.size(), made.oppIds().size(), scored[0], scored[1], stakeholders);
        log.info("Synthetic data for region {}: {}", tenant, result);
        return result;
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
        rows.insert(
                "insert into school_support_profile (school_id, tenant_id, category_ids) values (?,?,?::uuid[])"
                        + " on conflict (school_id) do nothing",
                profiles);
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
}
