package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.opp.Agreement;
import nl.uitzicht.opp.Deadlines;
import nl.uitzicht.opp.Factor;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.GoalCourse;
import nl.uitzicht.opp.GoalEvaluation;
import nl.uitzicht.opp.Intervention;
import nl.uitzicht.opp.Measurement;
import nl.uitzicht.opp.OppContent;
import nl.uitzicht.opp.RaterDossier;
import nl.uitzicht.ui.kit.Latin1Html;
import org.jspecify.annotations.Nullable;

/**
 * The rater's read-only plan as one piece of escaped markup (ADR 0090): a {@code section} per {@link RaterPart},
 * each line's text escaped. Built from a {@link RaterDossier}, which is already pseudonymised where it must be;
 * nothing here adds a name. Goals and interventions are numbered, and monitoring and evaluation refer to them
 * by number.
 */
final class DossierMarkup {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /**
     * Who reads the dossier, for its two opening lines (who the pupil is, which version): a rater of a scoring round,
     * or a handler of a request to the region (ADR 0101). The parts below are the same for both.
     */
    public enum Reader {
        RATER("analysis.opp.identified", "analysis.dossier.version", "analysis.dossier.versionOlder"),
        REQUEST_HANDLER("request.plan.pupil", "request.plan.version", "request.plan.versionOlder");

        final String identified;
        final String version;
        final String versionOlder;

        Reader(String identified, String version, String versionOlder) {
            this.identified = identified;
            this.version = version;
            this.versionOlder = versionOlder;
        }
    }

    private final Component translator;
    private final Reader reader;
    private final StringBuilder html = new StringBuilder();
    private final Map<UUID, Integer> goalNumbers = new HashMap<>();
    private final Map<UUID, Integer> interventionNumbers = new HashMap<>();

    private DossierMarkup(Component translator, Reader reader) {
        this.translator = translator;
        this.reader = reader;
    }

    /** The markup of the whole dossier for a rater, texts in {@code translator}'s language. */
    static String of(RaterDossier dossier, Component translator) {
        return of(dossier, translator, Reader.RATER);
    }

    /** The markup of the whole dossier for {@code reader}, texts in {@code translator}'s language. */
    static String of(RaterDossier dossier, Component translator, Reader reader) {
        return new DossierMarkup(translator, reader).build(dossier);
    }

    private String build(RaterDossier d) {
        OppContent c = d.content();
        List<Goal> goals = c.handelingsdeel().goals();
        for (int i = 0; i < goals.size(); i++) {
            goalNumbers.put(goals.get(i).key(), i + 1);
        }
        List<Intervention> interventions = c.handelingsdeel().interventions();
        for (int i = 0; i < interventions.size(); i++) {
            interventionNumbers.put(interventions.get(i).key(), i + 1);
        }
        html.append("<div class=\"rater-dossier\">");
        paragraph(
                "muted",
                d.pseudonymised()
                        ? t("analysis.opp.pseudonymised")
                        : t(reader.identified, d.copy().pupilName(), d.copy().group()));
        paragraph(
                "muted rater-version",
                d.versionNo() == d.currentVersionNo()
                        ? t(reader.version, d.versionNo(), date(c.createdAt()))
                        : t(reader.versionOlder, d.versionNo(), date(c.createdAt()), d.currentVersionNo()));
        factors(c);
        perspective(c);
        goals(goals);
        interventions(interventions);
        agreements(c.handelingsdeel().agreements());
        consent(d);
        pupilView(d);
        monitoring(d);
        evaluation(d);
        clocks(d);
        length(d);
        return html.append("</div>").toString();
    }

    private void factors(OppContent c) {
        open(RaterPart.FACTORS);
        for (Factor f : c.factors()) {
            line(t("opp.part.factor." + f.kind()) + " (" + t("opp.domain." + f.domain()) + ")", f.description());
        }
        emptyIf(c.factors().isEmpty());
        close();
    }

    private void perspective(OppContent c) {
        open(RaterPart.PERSPECTIVE);
        var p = c.perspective();
        line(t("opp.part.destination"), p.destination() == null ? "" : t("opp.destination." + p.destination()));
        line(t("opp.part.reasoning"), p.reasoning());
        List<String> from = p.factorKeys().stream()
                .map(k -> c.factor(k).map(Factor::description).orElse(null))
                .filter(s -> s != null)
                .toList();
        if (!from.isEmpty()) {
            line(t("analysis.dossier.reasonedFrom"), String.join("; ", from));
        }
        line(t("opp.part.needed"), p.needed());
        close();
    }

    private void goals(List<Goal> goals) {
        open(RaterPart.GOALS);
        for (Goal g : goals) {
            List<String> parts = new ArrayList<>();
            parts.add(g.description());
            if (g.baseline() != null && !g.baseline().isBlank()) {
                parts.add(t("analysis.dossier.baseline", g.baseline()));
            }
            if (g.measure() != null && !g.measure().isBlank()) {
                parts.add(t("analysis.dossier.measure", g.measure()));
            }
            if (g.targetOn() != null) {
                parts.add(t("analysis.dossier.targetOn", DATE.format(g.targetOn())));
            }
            line(goalLabel(g.key()) + " (" + t("opp.domain." + g.domain()) + ")", String.join(" · ", parts));
        }
        emptyIf(goals.isEmpty());
        close();
    }

    private void interventions(List<Intervention> interventions) {
        open(RaterPart.INTERVENTIONS);
        for (Intervention i : interventions) {
            String forGoals = i.goals().stream()
                    .map(this::goalLabel)
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
            line(
                    t("analysis.dossier.intervention", interventionNumbers.get(i.key())) + " ("
                            + t("opp.level." + i.level()) + ")",
                    i.description() + " · " + t("opp.performer." + i.performer()) + ", " + i.frequency()
                            + (forGoals.isEmpty() ? "" : " · " + t("analysis.dossier.forGoals", forGoals)));
        }
        emptyIf(interventions.isEmpty());
        close();
    }

    private void agreements(List<Agreement> agreements) {
        open(RaterPart.AGREEMENTS);
        for (Agreement a : agreements) {
            line(t("opp.party." + a.party()), a.description());
        }
        emptyIf(agreements.isEmpty());
        close();
    }

    private void consent(RaterDossier d) {
        open(RaterPart.CONSENT);
        LocalDate on = d.content().consentedOn();
        line(
                t("analysis.opp.consent"),
                on == null
                        ? t("analysis.dossier.notConsented", d.versionNo())
                        : t("analysis.dossier.consentedOn", DATE.format(on), d.versionNo()));
        for (RaterDossier.ConsentTalk talk : d.conversations()) {
            List<String> parts = new ArrayList<>();
            parts.add(t("analysis.dossier.participants", talk.participants()));
            parts.add(t("analysis.dossier.discussed", talk.discussed()));
            parts.add(
                    talk.outcome() == null
                            ? t("analysis.dossier.noOutcome")
                            : t("opp.consent." + talk.outcome()) + " ("
                                    + t("analysis.dossier.handelingsdeelOf", d.versionNo()) + ")");
            if (!talk.parentsRemarks().isBlank()) {
                parts.add(t("analysis.dossier.remarks", talk.parentsRemarks()));
            }
            line(t("analysis.dossier.conversation", DATE.format(talk.heldOn())), String.join(" · ", parts));
        }
        for (RaterDossier.DigitalConsent answer : d.digitalConsents()) {
            List<String> parts = new ArrayList<>();
            parts.add(t("analysis.dossier.digital." + answer.outcome()));
            if (!answer.reason().isBlank()) {
                parts.add(answer.reason());
            }
            if (answer.withdrawnOn() != null) {
                parts.add(t("analysis.dossier.withdrawnOn", DATE.format(answer.withdrawnOn())));
            }
            parts.add(t(answer.bindsThisVersion() ? "analysis.dossier.binds" : "analysis.dossier.bindsNot"));
            line(t("analysis.dossier.digital", DATE.format(answer.givenOn())), String.join(" · ", parts));
        }
        line(t("analysis.dossier.consentParts"), t("analysis.dossier.consentPartsText"));
        close();
    }

    private void pupilView(RaterDossier d) {
        open(RaterPart.PUPIL_VIEW);
        OppContent c = d.content();
        line(
                t("opp.part.pupilView") + (c.pupilHeardOn() == null ? "" : " (" + DATE.format(c.pupilHeardOn()) + ")"),
                c.pupilView());
        for (RaterDossier.PupilSaid said : d.pupilWords()) {
            line(
                    said.goalKey() == null
                            ? t("analysis.dossier.ownWords", DATE.format(said.writtenOn()))
                            : t("analysis.dossier.ownGoal", DATE.format(said.writtenOn()), goalLabel(said.goalKey())),
                    said.body());
        }
        close();
    }

    private void monitoring(RaterDossier d) {
        open(RaterPart.MONITORING);
        for (GoalCourse course : d.courses()) {
            if (!course.measured()) {
                continue;
            }
            String points = course.points().stream()
                    .map(p -> measurement(p.measurement()) + " (" + DATE.format(p.on()) + ")")
                    .reduce((a, b) -> a + " → " + b)
                    .orElse("");
            line(
                    t("analysis.dossier.course", goalLabel(course.goalKey())),
                    points
                            + (course.suggested() == null
                                    ? ""
                                    : " · " + t("analysis.dossier.suggested", t("opp.result." + course.suggested()))));
        }
        for (RaterDossier.Monitored m : d.monitoring()) {
            List<String> about = new ArrayList<>();
            if (m.goalKey() != null) {
                about.add(goalLabel(m.goalKey()));
            }
            if (m.interventionKey() != null && interventionNumbers.containsKey(m.interventionKey())) {
                about.add(t("analysis.dossier.intervention", interventionNumbers.get(m.interventionKey())));
            }
            String text = m.note()
                    + (m.measurement() == null ? "" : (m.note().isBlank() ? "" : " · ") + measurement(m.measurement()));
            line(DATE.format(m.observedOn()) + (about.isEmpty() ? "" : " · " + String.join(", ", about)), text);
        }
        emptyIf(d.monitoring().isEmpty(), "analysis.dossier.noMonitoring");
        close();
    }

    private void evaluation(RaterDossier d) {
        open(RaterPart.EVALUATION);
        Deadlines clocks = d.copy().deadlines();
        line(
                t("analysis.dossier.nextEvaluation"),
                clocks.nextEvaluationOn() == null ? "" : DATE.format(clocks.nextEvaluationOn()));
        for (RaterDossier.Evaluated e : d.evaluations()) {
            line(
                    t("analysis.dossier.evaluated", DATE.format(e.evaluatedOn()), e.versionNo()),
                    t("opp.evaluation.decision." + e.decision()));
            line(t("analysis.dossier.evaluationPupil"), e.pupilView());
            line(t("analysis.dossier.evaluationParents"), e.parentsView());
            for (GoalEvaluation g : e.goals()) {
                line(goalLabel(g.goalKey()), t("opp.result." + g.result()) + " · " + g.explanation());
            }
        }
        emptyIf(d.evaluations().isEmpty(), "analysis.dossier.noEvaluation");
        close();
    }

    private void clocks(RaterDossier d) {
        open(RaterPart.CLOCKS);
        Deadlines c = d.copy().deadlines();
        line(t("analysis.dossier.supportStarted"), DATE.format(c.supportStartedOn()));
        line(t("analysis.dossier.setBy"), DATE.format(c.setBy()));
        line(
                t("analysis.dossier.firstActive"),
                c.firstActiveOn() == null
                        ? t("analysis.dossier.notYet")
                        : DATE.format(c.firstActiveOn()) + " · "
                                + t(c.setInTime() ? "analysis.dossier.inTime" : "analysis.dossier.late"));
        line(t("analysis.dossier.state"), t("opp.state." + d.copy().state()));
        close();
    }

    private void length(RaterDossier d) {
        open(RaterPart.LENGTH);
        OppContent c = d.content();
        line(
                t("analysis.dossier.length"),
                t(
                        "analysis.dossier.lengthText",
                        d.words(),
                        c.factors().size(),
                        c.handelingsdeel().goals().size(),
                        c.handelingsdeel().interventions().size(),
                        c.handelingsdeel().agreements().size()));
        close();
    }

    private String goalLabel(@Nullable UUID goalKey) {
        Integer n = goalKey == null ? null : goalNumbers.get(goalKey);
        return n == null ? t("analysis.dossier.goalGone") : t("analysis.dossier.goal", n);
    }

    private String measurement(Measurement m) {
        return switch (m.kind()) {
            case SCALE ->
                t(
                        "analysis.dossier.scale",
                        m.value().toPlainString(),
                        t("opp.scale." + m.value().intValue()),
                        m.target().toPlainString());
            case SCORE ->
                t(
                        "analysis.dossier.score",
                        m.value().toPlainString(),
                        m.target().toPlainString(),
                        m.percentOfTarget());
        };
    }

    private static String date(java.time.Instant at) {
        return DATE.format(at.atZone(nl.uitzicht.time.ClockConfiguration.ZONE));
    }

    private void open(RaterPart part) {
        html.append("<section class=\"rater-part\" data-part=\"")
                .append(part.name())
                .append("\"><h4 class=\"analysis-part\">")
                .append(esc(t("analysis.dossier.part." + part.name())))
                .append("</h4><ul class=\"rater-lines\">");
    }

    private void close() {
        html.append("</ul></section>");
    }

    private void emptyIf(boolean empty) {
        emptyIf(empty, "analysis.dossier.none");
    }

    private void emptyIf(boolean empty, String key) {
        if (empty) {
            html.append("<li class=\"rater-empty\">").append(esc(t(key))).append("</li>");
        }
    }

    private void line(String label, @Nullable String text) {
        html.append("<li><span class=\"analysis-label\">")
                .append(esc(label))
                .append(":</span> ")
                .append(esc(text == null || text.isBlank() ? "–" : text))
                .append("</li>");
    }

    private void paragraph(String classes, String text) {
        html.append("<p class=\"")
                .append(classes)
                .append("\">")
                .append(esc(text))
                .append("</p>");
    }

    private String t(String key, Object... params) {
        return translator.getTranslation(key, params);
    }

    private static String esc(String text) {
        return Latin1Html.escape(text);
    }
}
