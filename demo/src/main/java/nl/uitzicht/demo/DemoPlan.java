package nl.uitzicht.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.opp.ConsentOutcome;
import nl.uitzicht.opp.ConversationInput;
import nl.uitzicht.opp.EvaluationDecision;
import nl.uitzicht.opp.EvaluationInput;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.Factor;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.GoalEvaluation;
import nl.uitzicht.opp.GoalResult;
import nl.uitzicht.opp.MeasureKind;
import nl.uitzicht.opp.ObservationInput;
import nl.uitzicht.opp.OppContent;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppMonitoring;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.opp.Party;
import nl.uitzicht.opp.Performer;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;

/** A demo plan moved through the workflow step by step, through the real services. */
final class DemoPlan {

    /** The services a demo plan goes through, and the demo's today. */
    record Services(
            OppPlans plans, OppEditor editor, OppWorkflow workflow, OppMonitoring monitoring, LocalDate today) {}

    private final OppPlans plans;
    private final OppEditor editor;
    private final OppWorkflow workflow;
    private final OppMonitoring monitoring;
    private final LocalDate today;

    private final StaffScope scope;
    private final Map<String, UUID> categories;
    private OppPlan plan;
    ExitDestination perspectiveAt = ExitDestination.VMBO_GT;
    /** The pupil's groep (1-8) at a primary school, or 0 for a class at a secondary school ("2K", "1H"). */
    private final int groep;

    DemoPlan(
            Services services,
            StaffScope scope,
            PupilSummary pupil,
            LocalDate supportStart,
            Map<String, UUID> categories) {
        this.plans = services.plans();
        this.editor = services.editor();
        this.workflow = services.workflow();
        this.monitoring = services.monitoring();
        this.today = services.today();
        this.scope = scope;
        this.categories = categories;
        this.groep = pupil.group().matches("\\d") ? Integer.parseInt(pupil.group()) : 0;
        this.plan = plans.start(scope, pupil.id(), supportStart);
    }

    DemoPlan factor(FactorKind kind, FactorDomain domain, String text) {
        plan = editor.addFactor(scope, plan.id(), plan.version(), kind, domain, text);
        return this;
    }

    /** Texts that fit the pupil's age: a kleuter, a pupil in groep 4-8 and a secondary pupil differ. */
    DemoPlan reading() {
        if (groep == 0) {
            return filled(
                    "LEZEN_SPELLEN",
                    FactorDomain.LEARNING,
                    "Dyslexieverklaring; leest traag en maakt veel spelfouten in lange teksten, ook bij de zaakvakken.",
                    "Leest studieteksten zelfstandig met voorleessoftware en haalt een voldoende voor Nederlands",
                    "Gemiddeld 5,2 voor Nederlands",
                    "Cijfers Nederlands en leestempo",
                    "Voorleessoftware bij alle vakken en wekelijks spellingsbegeleiding",
                    "Met de voorleessoftware kan ik mijn huiswerk zelf maken. Ik wil geen onvoldoende meer voor Nederlands.");
        }
        if (groep <= 3) {
            return filled(
                    "LEZEN_SPELLEN",
                    FactorDomain.LEARNING,
                    "Kent 20 van de 34 klanken en kan korte woorden nog niet verklanken.",
                    "Kent alle klanken en leest mkm-woorden vlot",
                    "20 klanken",
                    "Klankentoets en DMT kaart 1",
                    "Dagelijks 10 minuten klankgebaren en verklanken in een groepje",
                    "Letters zijn lastig. Met de gebaren onthoud ik ze beter.");
        }
        return filled(
                "LEZEN_SPELLEN",
                FactorDomain.LEARNING,
                "Leest op AVI-niveau M" + (groep - 1) + ", ruim een jaar achter op groep " + groep
                        + "; spelling blijft ook achter.",
                "Leest vloeiend op AVI-niveau E" + (groep - 1),
                "AVI M" + (groep - 1),
                "AVI-toets en DMT",
                "Dagelijks 20 minuten RALFI-lezen in een groepje",
                "Ik vind lezen moeilijk, maar ik wil strips kunnen lezen. Ik oefen elke dag met de juf.");
    }

    DemoPlan maths() {
        if (groep == 0) {
            return filled(
                    "REKENEN",
                    FactorDomain.LEARNING,
                    "Haalt gemiddeld een 4,6 voor wiskunde; breuken en procenten zijn niet geautomatiseerd.",
                    "Rekent met breuken en procenten met het stappenplan en haalt een voldoende voor wiskunde",
                    "Gemiddeld 4,6",
                    "Cijfers wiskunde en rekentoets",
                    "Twee keer per week een rekenuur in het steunpunt",
                    "Met het stappenplan weet ik waar ik moet beginnen.");
        }
        return filled(
                "REKENEN",
                FactorDomain.LEARNING,
                "Rekent op het niveau van eind groep " + Math.max(2, groep - 2)
                        + "; tafels en breuken zijn niet geautomatiseerd.",
                "Beheerst de tafels tot 10 en eenvoudige breuken",
                "Tafels tot 5",
                "Methodetoets en tempotoets",
                "Drie keer per week 15 minuten automatiseren met concreet materiaal",
                "Rekenen is niet mijn ding. Met de blokjes snap ik het beter.");
    }

    DemoPlan behaviour() {
        if (groep == 0) {
            return filled(
                    "GEDRAG",
                    FactorDomain.BEHAVIOUR,
                    "Raakt snel boos bij wisselingen van lokaal en docent; kreeg dit jaar drie verwijderingen uit de les.",
                    "Meldt zich bij oplopende spanning zelf bij de coach in plaats van weg te lopen",
                    "3 verwijderingen per periode",
                    "Registratie verwijderingen",
                    "Dagelijkse check-in bij de coach en een time-outpas",
                    "Als ik merk dat het misgaat, ga ik naar mijn coach.");
        }
        return filled(
                "GEDRAG",
                FactorDomain.BEHAVIOUR,
                "Raakt snel boos bij veranderingen in de dagplanning; conflicten op het plein.",
                "Gebruikt de time-outkaart in plaats van weg te lopen",
                "Loopt 3 keer per week de klas uit",
                "Registratie door leerkracht",
                "Dagstart met pictogrammen en vaste time-outplek",
                "Ik word boos als het anders gaat dan gepland. Met de kaart kan ik even rustig worden.");
    }

    private DemoPlan filled(
            String category,
            FactorDomain domain,
            String hindering,
            String goalText,
            String baseline,
            String measure,
            String intervention,
            String pupilView) {
        factor(FactorKind.HINDERING, domain, hindering);
        factor(
                FactorKind.HELPING,
                FactorDomain.WORK_ATTITUDE,
                "Is gemotiveerd, vraagt zelf om hulp en werkt graag samen.");
        factor(FactorKind.HELPING, FactorDomain.HOME, "Ouders zijn betrokken en oefenen thuis mee.");
        List<UUID> factors = plan.content().factors().stream().map(Factor::key).toList();
        plan = editor.savePerspective(
                scope,
                plan.id(),
                plan.version(),
                perspectiveAt,
                "De cognitieve capaciteiten passen bij dit niveau. Met gerichte ondersteuning is het haalbaar.",
                factors,
                "Extra instructie in een klein groepje, en oefenen thuis.");
        plan = editor.addGoal(
                scope, plan.id(), plan.version(), domain, goalText, baseline, measure, today.plusMonths(5));
        plan = editor.addGoal(
                scope,
                plan.id(),
                plan.version(),
                FactorDomain.WORK_ATTITUDE,
                groep == 0 ? "Plant het huiswerk zelf in de weekplanner" : "Werkt 20 minuten zelfstandig aan een taak",
                groep == 0 ? "Vergeet 3 opdrachten per periode" : "10 minuten",
                groep == 0 ? "Registratie mentor" : "Observatie leerkracht",
                today.plusMonths(3));
        List<UUID> goals =
                plan.content().handelingsdeel().goals().stream().map(Goal::key).toList();
        plan = editor.addIntervention(
                scope,
                plan.id(),
                plan.version(),
                intervention,
                Performer.TEACHER,
                "dagelijks",
                List.of(goals.get(0)),
                categories.get(category),
                SupportLevel.EXTRA);
        plan = editor.addIntervention(
                scope,
                plan.id(),
                plan.version(),
                groep == 0 ? "Weekplanner, elke maandag samen met de mentor bijgewerkt" : "Taakkaart met timer",
                Performer.PUPIL,
                groep == 0 ? "wekelijks" : "bij elke zelfstandige taak",
                List.of(goals.get(1)),
                categories.get("WERKHOUDING"),
                SupportLevel.BASIC);
        plan = editor.addIntervention(
                scope,
                plan.id(),
                plan.version(),
                "Thuis samen oefenen",
                Performer.PARENTS,
                "3 keer per week",
                goals,
                categories.get(category),
                SupportLevel.BASIC);
        plan = editor.addAgreement(
                scope, plan.id(), plan.version(), Party.PARENTS, "Ouders oefenen 3 keer per week 10 minuten thuis.");
        plan = editor.addAgreement(
                scope,
                plan.id(),
                plan.version(),
                Party.SCHOOL,
                (groep == 0 ? "De mentor" : "De leerkracht") + " mailt ouders elke 6 weken over de voortgang.");
        plan = editor.savePupilView(scope, plan.id(), plan.version(), pupilView, today.minusDays(1));
        return this;
    }

    DemoPlan consult(LocalDate on) {
        plan = workflow.startConsultation(scope, plan.id(), plan.version());
        plan = workflow.recordConversation(
                scope,
                plan.id(),
                plan.version(),
                UUID.randomUUID(),
                new ConversationInput(
                        on,
                        groep == 0
                                ? "Moeder, leerling, mentor, zorgco\u00f6rdinator"
                                : "Moeder, leerling, leerkracht, intern begeleider",
                        "Factoren, perspectief en doelen doorgenomen.",
                        null,
                        null));
        return this;
    }

    DemoPlan requestConsent() {
        plan = workflow.requestConsent(scope, plan.id(), plan.version());
        return this;
    }

    DemoPlan consent(LocalDate on) {
        plan = workflow.recordConversation(
                scope,
                plan.id(),
                plan.version(),
                UUID.randomUUID(),
                new ConversationInput(
                        on,
                        "Ouders, intern begeleider",
                        "Handelingsdeel besproken; ouders begrijpen en steunen de aanpak.",
                        ConsentOutcome.CONSENT,
                        null));
        return this;
    }

    DemoPlan refuse(LocalDate on, String remarks) {
        plan = workflow.recordConversation(
                scope,
                plan.id(),
                plan.version(),
                UUID.randomUUID(),
                new ConversationInput(
                        on,
                        "Vader, moeder, intern begeleider",
                        "Handelingsdeel besproken.",
                        ConsentOutcome.NO_CONSENT,
                        remarks));
        return this;
    }

    DemoPlan observe(LocalDate on, String note) {
        UUID goal = plan.content().handelingsdeel().goals().get(0).key();
        monitoring.log(scope, plan.id(), UUID.randomUUID(), goal, null, on, note);
        return this;
    }

    /** A measured observation on the first goal (ADR 0083): a scale level or a score against its target. */
    DemoPlan measure(LocalDate on, MeasureKind kind, int value, int target, String note) {
        UUID goal = plan.content().handelingsdeel().goals().get(0).key();
        monitoring.record(
                scope,
                plan.id(),
                UUID.randomUUID(),
                new ObservationInput(
                        goal, null, on, kind, BigDecimal.valueOf(value), BigDecimal.valueOf(target), note));
        return this;
    }

    DemoPlan startEvaluation() {
        plan = workflow.startEvaluation(scope, plan.id(), plan.version());
        return this;
    }

    DemoPlan evaluate(LocalDate on, EvaluationDecision decision, GoalResult result) {
        OppContent evaluated = plans.version(scope, plan.id(), plan.versionNo() - 1);
        List<GoalEvaluation> results = evaluated.handelingsdeel().goals().stream()
                .map(g -> new GoalEvaluation(g.key(), result, "Volgens de toetsen en observaties van de leerkracht."))
                .toList();
        plan = workflow.completeEvaluation(
                scope,
                plan.id(),
                plan.version(),
                UUID.randomUUID(),
                new EvaluationInput(
                        on,
                        "Ouders, leerling, intern begeleider",
                        "Het gaat beter, ik wil nog verder oefenen.",
                        "Tevreden over de vooruitgang.",
                        results,
                        decision,
                        decision == EvaluationDecision.CONTINUE ? ConsentOutcome.CONSENT : null));
        return this;
    }
}
