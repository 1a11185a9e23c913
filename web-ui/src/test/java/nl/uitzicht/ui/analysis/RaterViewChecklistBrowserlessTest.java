package nl.uitzicht.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.uitzicht.AppTest;
import nl.uitzicht.analysis.ChecklistItem;
import nl.uitzicht.analysis.Checklists;
import nl.uitzicht.opp.Agreement;
import nl.uitzicht.opp.ConsentOutcome;
import nl.uitzicht.opp.Deadlines;
import nl.uitzicht.opp.EvaluationDecision;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.Factor;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.GoalCourse;
import nl.uitzicht.opp.GoalEvaluation;
import nl.uitzicht.opp.GoalResult;
import nl.uitzicht.opp.Handelingsdeel;
import nl.uitzicht.opp.Intervention;
import nl.uitzicht.opp.MeasureKind;
import nl.uitzicht.opp.Measurement;
import nl.uitzicht.opp.OppContent;
import nl.uitzicht.opp.OppReviewCopy;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.opp.ParentConsentOutcome;
import nl.uitzicht.opp.Party;
import nl.uitzicht.opp.Performer;
import nl.uitzicht.opp.RaterDossier;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.opp.Uitstroomperspectief;
import nl.uitzicht.security.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every item of the default checklist can be scored from the rater view (issue 18 point 2): each item is mapped
 * to the parts of the view that show its evidence, and each of those parts shows that evidence for a whole plan.
 * A new item without a mapping, or a part that stops showing its evidence, fails here.
 */
@AppTest
@Tag("browserless")
class RaterViewChecklistBrowserlessTest extends SpringBrowserlessTest {

    /** Checklist item → the parts of the rater view with its evidence. */
    static final Map<String, Set<RaterPart>> EVIDENCE = Map.ofEntries(
            Map.entry(
                    "WETTELIJKE_DELEN",
                    EnumSet.of(RaterPart.FACTORS, RaterPart.PERSPECTIVE, RaterPart.GOALS, RaterPart.INTERVENTIONS)),
            Map.entry("PERSPECTIEF_ONDERBOUWD", EnumSet.of(RaterPart.PERSPECTIVE, RaterPart.FACTORS)),
            Map.entry("PERSPECTIEF_AMBITIEUS", EnumSet.of(RaterPart.PERSPECTIVE)),
            Map.entry("BEHOEFTEN_UIT_FACTOREN", EnumSet.of(RaterPart.FACTORS, RaterPart.PERSPECTIVE)),
            Map.entry("DOELEN_DOMEINEN", EnumSet.of(RaterPart.GOALS)),
            Map.entry("DOELEN_SMARTI", EnumSet.of(RaterPart.GOALS)),
            Map.entry("INTERVENTIES_PASSEND", EnumSet.of(RaterPart.INTERVENTIONS, RaterPart.GOALS)),
            Map.entry("AFSPRAKEN_VASTGELEGD", EnumSet.of(RaterPart.AGREEMENTS)),
            Map.entry("INSTEMMING_OUDERS", EnumSet.of(RaterPart.CONSENT)),
            Map.entry("STEM_LEERLING", EnumSet.of(RaterPart.PUPIL_VIEW)),
            Map.entry("MONITORING_GEREGELD", EnumSet.of(RaterPart.MONITORING)),
            Map.entry("EVALUATIE_TIJDIG", EnumSet.of(RaterPart.EVALUATION, RaterPart.CLOCKS)),
            Map.entry("BINNEN_ZES_WEKEN", EnumSet.of(RaterPart.CLOCKS, RaterPart.CONSENT)),
            Map.entry("BEKNOPT", EnumSet.of(RaterPart.LENGTH)),
            Map.entry(
                    "BEGRIJPELIJK",
                    EnumSet.of(RaterPart.FACTORS, RaterPart.PERSPECTIVE, RaterPart.GOALS, RaterPart.AGREEMENTS)));

    /** Per part, the texts of the plan below that the part must show (dates as the view writes them). */
    static final Map<RaterPart, List<String>> SHOWN = Map.ofEntries(
            Map.entry(
                    RaterPart.FACTORS,
                    List.of("Leest op AVI-niveau E4", "Is gemotiveerd", "Belemmerende factor (Leren)")),
            Map.entry(
                    RaterPart.PERSPECTIVE,
                    List.of(
                            "vmbo kader",
                            "Volgt uit de leesachterstand",
                            "Onderbouwd met de factoren",
                            "Dagelijkse leesinstructie")),
            Map.entry(
                    RaterPart.GOALS,
                    List.of(
                            "Doel 1 (Leren)",
                            "Leest AVI M6",
                            "beginsituatie: AVI E4",
                            "meten met: AVI-toets",
                            "streefdatum 01-06-2026")),
            Map.entry(
                    RaterPart.INTERVENTIONS,
                    List.of("Interventie 1", "RALFI-lezen", "Leerkracht, dagelijks", "voor Doel 1")),
            Map.entry(RaterPart.AGREEMENTS, List.of("Ouders", "Ouders lezen thuis voor")),
            Map.entry(
                    RaterPart.CONSENT,
                    List.of(
                            "Vastgelegd op 10-10-2025",
                            "Gesprek op 10-10-2025",
                            "Deelnemers: Moeder, mentor",
                            "Ouders stemmen in",
                            "handelingsdeel van versie 1",
                            "Digitaal antwoord van een ouder op 11-10-2025",
                            "geldt voor het handelingsdeel van deze versie",
                            "Welke delen")),
            Map.entry(
                    RaterPart.PUPIL_VIEW,
                    List.of("Ik wil strips lezen", "08-10-2025", "Ik wil sneller lezen", "Eigen woorden bij Doel 1")),
            Map.entry(
                    RaterPart.MONITORING,
                    List.of(
                            "Verloop Doel 1",
                            "niveau 2 (een beetje), doel 4",
                            "niveau 3 (gedeeltelijk), doel 4",
                            "wijst op: Deels behaald",
                            "Leest vlotter")),
            Map.entry(
                    RaterPart.EVALUATION,
                    List.of(
                            "Volgende evaluatie uiterlijk",
                            "01-10-2026",
                            "valueerd op 01-03-2026 (versie 1)",
                            "Deels behaald",
                            "Lezen gaat beter")),
            Map.entry(
                    RaterPart.CLOCKS,
                    List.of(
                            "Extra ondersteuning gestart op",
                            "01-09-2025",
                            "13-10-2025",
                            "10-10-2025",
                            "binnen zes weken")),
            Map.entry(RaterPart.LENGTH, List.of("123 woorden", "2 factoren, 1 doelen, 1 interventies, 1 afspraken")));

    @Autowired
    TestSignIn signIn;

    @Autowired
    Checklists checklists;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    @Test
    void everyItemOfTheDefaultChecklistIsScorableFromTheRaterView() {
        signIn.as("beheer@waterlinie.demo");
        List<String> items =
                checklists.standard().items().stream().map(ChecklistItem::code).toList();
        assertThat(EVIDENCE.keySet())
                .as("every item of the default checklist is mapped")
                .containsExactlyInAnyOrderElementsOf(items);

        String html = DossierMarkup.of(wholePlan(), new Div());
        for (String item : items) {
            for (RaterPart part : EVIDENCE.get(item)) {
                String section = section(html, part);
                assertThat(section).as(item + " needs part " + part).isNotEmpty();
                for (String evidence : SHOWN.get(part)) {
                    assertThat(section)
                            .as(item + ": " + part + " shows " + evidence)
                            .contains(evidence);
                }
            }
        }
        // Read-only text, escaped: a pupil's words with markup in them stay words.
        assertThat(section(html, RaterPart.PUPIL_VIEW)).contains("&lt;b&gt;echt&lt;/b&gt;");
        assertThat(html).doesNotContain("<b>echt</b>");
    }

    @Test
    void aPlanWithoutConsentMonitoringOrEvaluationSaysSoInsteadOfShowingNothing() {
        signIn.as("beheer@waterlinie.demo");
        RaterDossier whole = wholePlan();
        OppContent bare = new OppContent(
                1,
                whole.content().createdAt(),
                null,
                List.of(),
                whole.content().perspective(),
                new Handelingsdeel(List.of(), List.of(), List.of()),
                "",
                null);
        RaterDossier empty = new RaterDossier(
                new OppReviewCopy(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        null,
                        null,
                        null,
                        OppState.DRAFT,
                        new Deadlines(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 13), null, null),
                        bare),
                1,
                3,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0);
        String html = DossierMarkup.of(empty, new Div());
        assertThat(section(html, RaterPart.CONSENT)).contains("Geen instemming vastgelegd op versie 1.");
        assertThat(section(html, RaterPart.MONITORING)).contains("Nog geen monitoring vastgelegd bij deze versie.");
        assertThat(section(html, RaterPart.EVALUATION)).contains("Nog geen evaluatie gehouden.");
        assertThat(section(html, RaterPart.GOALS)).contains("Niets ingevuld.");
        assertThat(section(html, RaterPart.CLOCKS)).contains("Vastgesteld op:</span> nog niet");
        assertThat(html).contains("het plan is inmiddels bij versie 3");
    }

    /** The part's section of the markup (empty when the view has no such part). */
    static String section(String html, RaterPart part) {
        Matcher m = Pattern.compile("<section class=\"rater-part\" data-part=\"" + part.name() + "\">(.*?)</section>")
                .matcher(html);
        return m.find() ? m.group(1) : "";
    }

    /** A whole, consented, monitored and evaluated plan, pseudonymised as the service hands it to a rater. */
    static RaterDossier wholePlan() {
        UUID hindering = UUID.randomUUID();
        UUID helping = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID intervention = UUID.randomUUID();
        OppContent content = new OppContent(
                1,
                Instant.parse("2025-09-20T10:00:00Z"),
                LocalDate.of(2025, 10, 10),
                List.of(
                        new Factor(hindering, FactorKind.HINDERING, FactorDomain.LEARNING, "Leest op AVI-niveau E4."),
                        new Factor(helping, FactorKind.HELPING, FactorDomain.WORK_ATTITUDE, "Is gemotiveerd.")),
                new Uitstroomperspectief(
                        ExitDestination.VMBO_K,
                        "Volgt uit de leesachterstand en de motivatie.",
                        List.of(hindering, helping),
                        "Dagelijkse leesinstructie."),
                new Handelingsdeel(
                        List.of(new Goal(
                                goal,
                                FactorDomain.LEARNING,
                                "Leest AVI M6",
                                "AVI E4",
                                "AVI-toets",
                                LocalDate.of(2026, 6, 1))),
                        List.of(new Intervention(
                                intervention,
                                "RALFI-lezen",
                                Performer.TEACHER,
                                "dagelijks",
                                new UUID[] {goal},
                                UUID.randomUUID(),
                                SupportLevel.EXTRA)),
                        List.of(new Agreement(UUID.randomUUID(), Party.PARENTS, "Ouders lezen thuis voor."))),
                "Ik wil strips lezen, <b>echt</b>.",
                LocalDate.of(2025, 10, 8));
        OppReviewCopy copy = new OppReviewCopy(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                null,
                null,
                OppState.ACTIVE,
                new Deadlines(
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 10, 13),
                        LocalDate.of(2025, 10, 10),
                        LocalDate.of(2026, 10, 1)),
                content);
        Measurement two = new Measurement(MeasureKind.SCALE, BigDecimal.valueOf(2), BigDecimal.valueOf(4));
        Measurement three = new Measurement(MeasureKind.SCALE, BigDecimal.valueOf(3), BigDecimal.valueOf(4));
        return new RaterDossier(
                copy,
                1,
                1,
                List.of(new RaterDossier.ConsentTalk(
                        LocalDate.of(2025, 10, 10),
                        "Moeder, mentor",
                        "Handelingsdeel besproken.",
                        ConsentOutcome.CONSENT,
                        "")),
                List.of(new RaterDossier.DigitalConsent(
                        LocalDate.of(2025, 10, 11), ParentConsentOutcome.CONSENT, "", null, true)),
                List.of(new RaterDossier.PupilSaid(LocalDate.of(2025, 10, 5), goal, "Ik wil sneller lezen.")),
                List.of(
                        new RaterDossier.Monitored(LocalDate.of(2026, 1, 10), goal, null, "Leest vlotter.", three),
                        new RaterDossier.Monitored(LocalDate.of(2025, 11, 10), goal, intervention, "", two)),
                List.of(new GoalCourse(
                        goal,
                        List.of(
                                new GoalCourse.Point(LocalDate.of(2025, 11, 10), two),
                                new GoalCourse.Point(LocalDate.of(2026, 1, 10), three)),
                        GoalResult.PARTLY)),
                List.of(new RaterDossier.Evaluated(
                        1,
                        LocalDate.of(2026, 3, 1),
                        "Lezen gaat beter.",
                        "Ouders zien vooruitgang.",
                        EvaluationDecision.CONTINUE,
                        List.of(new GoalEvaluation(goal, GoalResult.PARTLY, "Van niveau 2 naar 3.")))),
                123);
    }
}
