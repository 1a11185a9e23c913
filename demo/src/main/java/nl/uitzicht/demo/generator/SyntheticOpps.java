package nl.uitzicht.demo.generator;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.support.SupportCategory;

/**
 * Synthetic OPPs, one per pupil up to the count asked: states and dates drawn over two years, with factors,
 * goals, interventions (support categories tilted per school), agreements and observations, written per
 * category and age band ({@link PlanTexts}); every one marked {@code synthetic} (benchmark data).
 */
final class SyntheticOpps {

    private static final String[] DOMAINS = {"LEARNING", "BEHAVIOUR", "WORK_ATTITUDE", "PHYSICAL", "HOME", "SCHOOL"};
    private static final String[] OBSERVATIONS = {
        "Gaat vooruit; het doel is in zicht.",
        "Wisselend: goede weken en weken waarin het terugvalt.",
        "Nog weinig verandering; de aanpak wordt bijgesteld in het volgende overleg.",
        "Doel gehaald bij de laatste meting; blijven oefenen om het vast te houden.",
        "Vooruitgang vooral in de ochtend; na de middag zakt het weer in."
    };

    /** Why a closed plan ended, in turn (no random draw: the other drawn figures stay as they were). */
    private static final String[] CLOSING_REASONS = {"GOALS_REACHED", "PUPIL_LEFT", "GOALS_REACHED", "MOVED_REGION"};

    private static final String[] GOAL_RESULTS = {"ACHIEVED", "PARTLY", "NOT_ACHIEVED", "ACHIEVED"};

    /** The OPPs made, the school of each and the day its extra support started. */
    record Made(List<UUID> oppIds, List<UUID> oppSchools, List<LocalDate> started) {}

    private final BatchInsert rows;

    SyntheticOpps(BatchInsert rows) {
        this.rows = rows;
    }

    Made make(
            UUID tenant,
            Random random,
            List<SchoolSummary> all,
            List<UUID> pupilIds,
            List<Integer> pupilSchool,
            List<PupilProfile> profiles,
            double[] tilt,
            List<SupportCategory> cats,
            int count,
            LocalDate today,
            Timestamp now) {
        List<Object[]> opps = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> factors = new ArrayList<>();
        List<Object[]> goals = new ArrayList<>();
        List<Object[]> interventions = new ArrayList<>();
        List<Object[]> agreements = new ArrayList<>();
        List<Object[]> observations = new ArrayList<>();
        List<UUID> oppIds = new ArrayList<>();
        List<UUID> oppSchools = new ArrayList<>();
        List<LocalDate> startedOn = new ArrayList<>();
        List<Object[]> evaluations = new ArrayList<>();
        List<Object[]> goalResults = new ArrayList<>();
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
            // Every other closed plan ended a school year earlier where it had run by then, so the board report has
            // endings, destinations and evaluations in more than one school year (ADR 0099).
            if (closed != null && o % 2 == 1 && closed.minusYears(1).isAfter(active.plusDays(60))) {
                closed = closed.minusYears(1);
            }
            UUID evaluationId = closed == null ? null : UUID.randomUUID();
            if (closed != null) {
                evaluations.add(new Object[] {
                    evaluationId,
                    tenant,
                    oppId,
                    Date.valueOf(closed),
                    "De leerling vertelde wat hielp.",
                    "Ouders kijken er tevreden op terug.",
                    "generator",
                    now
                });
            }
            Object[] opp = new Object[] {
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
                now,
                closed == null ? null : CLOSING_REASONS[o % CLOSING_REASONS.length],
                null
            };
            opps.add(opp);
            startedOn.add(started);
            PupilProfile profile = profiles.get(pupil);
            boolean pupilView = random.nextInt(100) < 70;
            boolean fullPerspective = random.nextInt(100) < 80;
            // One plan, one story: the categories of its goals and the texts that go with them and the pupil's age.
            int goalCount = 1 + random.nextInt(3);
            List<SupportCategory> planCats = new ArrayList<>();
            List<PlanTexts.Line> lines = new ArrayList<>();
            for (int g = 0; g < goalCount; g++) {
                SupportCategory cat = pickCategory(random, cats, tilt[s]);
                planCats.add(cat);
                lines.add(PlanTexts.line(cat.code(), profile.band(), random));
            }
            versions.add(new Object[] {
                versionId,
                tenant,
                oppId,
                now,
                date(active),
                fullPerspective ? profile.destination() : null,
                fullPerspective ? PlanTexts.reasoning(profile.destination()) : null,
                fullPerspective ? lines.getFirst().intervention() + "." : null,
                pupilView ? lines.getFirst().pupilView() : null
            });
            if (closed != null && fullPerspective) {
                opp[14] = profile.destination(); // where the pupil went: the perspective, where the plan had one
            }
            factors.add(new Object[] {
                tenant,
                versionId,
                0,
                UUID.randomUUID(),
                "HINDERING",
                lines.getFirst().domain(),
                lines.getFirst().hindering()
            });
            if (random.nextInt(100) < 85) {
                factors.add(new Object[] {
                    tenant,
                    versionId,
                    1,
                    UUID.randomUUID(),
                    "HELPING",
                    DOMAINS[random.nextInt(6)],
                    PlanTexts.helping(random)
                });
            }
            for (int g = 0; g < goalCount; g++) {
                UUID goalKey = UUID.randomUUID();
                PlanTexts.Line line = lines.get(g);
                goals.add(new Object[] {
                    tenant,
                    versionId,
                    g,
                    goalKey,
                    line.domain(),
                    line.goal(),
                    line.baseline(),
                    random.nextBoolean() ? line.measure() : null,
                    Date.valueOf(started.plusMonths(6))
                });
                if (evaluationId != null) {
                    goalResults.add(new Object[] {
                        tenant,
                        evaluationId,
                        g,
                        goalKey,
                        GOAL_RESULTS[(o + g) % GOAL_RESULTS.length],
                        "Zie de metingen."
                    });
                }
                interventions.add(new Object[] {
                    tenant,
                    versionId,
                    g,
                    UUID.randomUUID(),
                    line.intervention(),
                    line.performer(),
                    line.frequency(),
                    "{" + goalKey + "}",
                    planCats.get(g).id(),
                    random.nextInt(100) < 75 ? "EXTRA" : "BASIC"
                });
                if (consented) {
                    int day = random.nextInt(60);
                    // A level on the five-point scale against target level 4 (ADR 0083), from the same draw.
                    observations.add(new Object[] {
                        UUID.randomUUID(),
                        tenant,
                        oppId,
                        goalKey,
                        Date.valueOf(active.plusDays(day)),
                        "SCALE",
                        1 + day / 12,
                        4,
                        OBSERVATIONS[random.nextInt(OBSERVATIONS.length)],
                        "generator",
                        now
                    });
                }
            }
            agreements.add(
                    new Object[] {tenant, versionId, 0, UUID.randomUUID(), "PARENTS", PlanTexts.agreement(random)});
            oppIds.add(oppId);
            oppSchools.add(all.get(s).id());
        }
        rows.insert(
                "insert into opp (id, tenant_id, pupil_id, school_id, state, support_started_on, deadline_on, first_active_on,"
                        + " next_evaluation_on, closed_on, created_by, created_at, updated_at, closed_reason, exit_destination,"
                        + " synthetic) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,true)",
                opps);
        rows.insert(
                "insert into opp_version (id, tenant_id, opp_id, version_no, created_at, consented_on, exit_destination,"
                        + " perspective_reasoning, perspective_needed, pupil_view) values (?,?,?,1,?,?,?,?,?,?)",
                versions);
        rows.insert(
                "insert into opp_factor (tenant_id, version_id, position, factor_key, kind, domain, description)"
                        + " values (?,?,?,?,?,?,?)",
                factors);
        rows.insert(
                "insert into opp_goal (tenant_id, version_id, position, goal_key, domain, description, baseline, measure,"
                        + " target_on) values (?,?,?,?,?,?,?,?,?)",
                goals);
        rows.insert(
                "insert into opp_intervention (tenant_id, version_id, position, intervention_key, description, performer,"
                        + " frequency, goal_keys, support_category_id, support_level) values (?,?,?,?,?,?,?,?::uuid[],?,?)",
                interventions);
        rows.insert(
                "insert into opp_agreement (tenant_id, version_id, position, agreement_key, party, description)"
                        + " values (?,?,?,?,?,?)",
                agreements);
        rows.insert(
                "insert into opp_observation (id, tenant_id, opp_id, version_no, goal_key, observed_on, measure_kind,"
                        + " measured_value, target_value, note, recorded_by, recorded_at) values (?,?,?,1,?,?,?,?,?,?,?,?)",
                observations);
        rows.insert(
                "insert into opp_evaluation (id, tenant_id, opp_id, version_no, evaluated_on, pupil_view, parents_view,"
                        + " decision, recorded_by, recorded_at) values (?,?,?,1,?,?,?,'CLOSE',?,?)",
                evaluations);
        rows.insert(
                "insert into opp_goal_evaluation (tenant_id, evaluation_id, position, goal_key, result, explanation)"
                        + " values (?,?,?,?,?,?)",
                goalResults);
        return new Made(oppIds, oppSchools, startedOn);
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
}
