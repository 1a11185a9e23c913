package nl.uitzicht.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.achterban.AchterbanMap;
import nl.uitzicht.achterban.Audience;
import nl.uitzicht.achterban.AudienceDraft;
import nl.uitzicht.achterban.ConversationDraft;
import nl.uitzicht.achterban.Level;
import nl.uitzicht.achterban.StakeholderDraft;
import nl.uitzicht.achterban.StakeholderKind;
import nl.uitzicht.achterban.StakeholderStatus;
import nl.uitzicht.achterban.SwotBoard;
import nl.uitzicht.achterban.SwotQuadrant;
import nl.uitzicht.achterban.Verwerking;
import nl.uitzicht.school.SchoolSummary;
import org.jspecify.annotations.Nullable;

/**
 * The demo trainers' filled-in workspaces: Tamara's stakeholders with conversations, audience analysis, SWOT
 * and questions, and a start of Tom's.
 */
final class DemoTrainerWorkspaces {

    private final AchterbanMap achterban;
    private final Audience audience;
    private final SwotBoard swot;
    private final Verwerking verwerking;
    private final Clock clock;

    DemoTrainerWorkspaces(
            AchterbanMap achterban, Audience audience, SwotBoard swot, Verwerking verwerking, Clock clock) {
        this.achterban = achterban;
        this.audience = audience;
        this.swot = swot;
        this.verwerking = verwerking;
        this.clock = clock;
    }

    void tamaras(UUID me, Map<String, SchoolSummary> schools) {
        UUID regenboog = stakeholder(
                me,
                StakeholderKind.SCHOOL,
                "Basisschool De Regenboog",
                "ib-team en directie",
                id(schools, "99AA"),
                "Twee OPP's samen analyseren met de Checklist OPP",
                Level.HIGH,
                Level.HIGH,
                StakeholderStatus.ON_BOARD,
                "Directeur wil het OPP-format in het team bespreken.");
        achterban.logConversation(
                me,
                regenboog,
                new ConversationDraft(
                        LocalDate.now(clock).minusDays(20),
                        "Kennismaking en OPP-format",
                        true,
                        "Teamvergadering in de volgende maand"));
        achterban.logConversation(
                me,
                regenboog,
                new ConversationDraft(LocalDate.now(clock).minusDays(6), "Handelingsdeel SMART maken", true, null));
        UUID anker = stakeholder(
                me,
                StakeholderKind.SCHOOL,
                "Basisschool Het Anker",
                "intern begeleider",
                id(schools, "99AB"),
                "Gesprek over de omvang van het OPP",
                Level.MEDIUM,
                Level.HIGH,
                StakeholderStatus.IN_CONVERSATION,
                null);
        achterban.logConversation(
                me,
                anker,
                new ConversationDraft(
                        LocalDate.now(clock).minusDays(12),
                        "Veel collega's klagen over de omvang van het OPP",
                        false,
                        "OPP's meenemen naar het volgende gesprek"));
        stakeholder(
                me,
                StakeholderKind.INSTITUTION,
                "Jeugdarts GGD Gorinchem",
                "jeugdarts",
                null,
                "Uitnodigen bij de regiobijeenkomst",
                Level.MEDIUM,
                Level.LOW,
                StakeholderStatus.NOT_APPROACHED,
                null);
        stakeholder(
                me,
                StakeholderKind.ORGANISATION,
                "Oudervereniging Het Anker",
                "ouders",
                null,
                "Ouders laten meelezen: begrijpen ze het OPP?",
                Level.LOW,
                Level.HIGH,
                StakeholderStatus.CRITICAL,
                "Ouders geven aan dat ze OPP's niet begrijpen.");
        stakeholder(
                me,
                StakeholderKind.PERSON,
                "Wethouder onderwijs",
                "gemeente Gorinchem",
                null,
                "Informeren via het OOGO",
                Level.HIGH,
                Level.LOW,
                StakeholderStatus.NOT_APPROACHED,
                null);

        audience.save(
                me,
                -1,
                new AudienceDraft(
                        "Intern begeleiders en leraren van vijf basisscholen in Gorinchem en Leerdam.",
                        "Ze schrijven OPP's in ParnasSys; die zijn vaak lang en worden door ouders niet begrepen.",
                        "Weinig tijd, wisselende formats per school, en onzekerheid over de nieuwe wet (hoorrecht).",
                        "Wat moet er minimaal in een OPP? Hoe maak ik het korter zonder iets te missen?",
                        null));
        audience.addThought(
                me,
                "Ik heb hier echt geen tijd voor.",
                "Een beknopt OPP van 2 A4 kost minder tijd dan het huidige format.");
        audience.addThought(me, "Wij doen alles al goed.", null);

        swot.add(me, SwotQuadrant.STRENGTH, "Intern begeleiders zijn betrokken en willen verbeteren");
        swot.add(me, SwotQuadrant.STRENGTH, "Korte lijnen met het SWV");
        swot.add(me, SwotQuadrant.WEAKNESS, "Veel collega's klagen over de omvang van het OPP");
        swot.add(me, SwotQuadrant.WEAKNESS, "Het samenwerken aan de uitvoer van OPP's kan beter");
        swot.add(
                me, SwotQuadrant.OPPORTUNITY, "We kunnen het aantal OPP's terugdringen door betere basisondersteuning");
        swot.add(me, SwotQuadrant.THREAT, "Ouders geven aan dat ze OPP's niet begrijpen");

        verwerking.actionsOf(me);
        verwerking.addQuestion(
                me, "Hoe krijg ik een school mee waar de directie het OPP vooral als verplichting ziet?", true);
    }

    void toms(UUID me, Map<String, SchoolSummary> schools) {
        stakeholder(
                me,
                StakeholderKind.SCHOOL,
                "SBO De Brug",
                "ondersteuningscoördinator",
                id(schools, "99AD"),
                "Samen OPP's bekijken in het zorgteam",
                Level.HIGH,
                Level.HIGH,
                StakeholderStatus.IN_CONVERSATION,
                "Zorgteam komt elke dinsdag bij elkaar.");
        stakeholder(
                me,
                StakeholderKind.SCHOOL,
                "Kindcentrum De Linie",
                "directeur",
                id(schools, "99AC"),
                "Presentatie in het team",
                Level.HIGH,
                Level.MEDIUM,
                StakeholderStatus.NOT_APPROACHED,
                null);
        stakeholder(
                me,
                StakeholderKind.INSTITUTION,
                "Jeugdteam Vianen",
                "gedragsdeskundige",
                null,
                "Meedenken over de context in het OPP",
                Level.LOW,
                Level.MEDIUM,
                StakeholderStatus.ON_BOARD,
                null);
        swot.add(me, SwotQuadrant.OPPORTUNITY, "Het SBO wil een voorbeeld-OPP delen");
        verwerking.actionsOf(me);
    }

    private UUID stakeholder(
            UUID trainer,
            StakeholderKind kind,
            String name,
            String role,
            @Nullable UUID school,
            String involvement,
            Level influence,
            Level interest,
            StakeholderStatus status,
            @Nullable String notes) {
        return achterban
                .add(
                        trainer,
                        new StakeholderDraft(kind, name, role, school, involvement, influence, interest, status, notes))
                .id();
    }

    private static @Nullable UUID id(Map<String, SchoolSummary> schools, String brin) {
        SchoolSummary school = schools.get(brin);
        return school == null ? null : school.id();
    }
}
