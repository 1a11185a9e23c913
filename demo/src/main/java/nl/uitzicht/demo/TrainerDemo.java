package nl.uitzicht.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.uitzicht.access.SystemWork;
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
import nl.uitzicht.buddy.Buddies;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.Role;
import nl.uitzicht.programme.MeetingView;
import nl.uitzicht.programme.Programme;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.trainer.TrainerProfiles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Demo mode: a second trainer in De Waterlinie (Tom Trainer), and a filled-in workspace for
 * Tamara Trainer: stakeholders with conversations, an audience analysis, a SWOT and questions.
 * Runs once (skipped when Tom's account exists).
 */
@Order(30)
class TrainerDemo implements ApplicationRunner {

    static final String SECOND_TRAINER = "trainer2@waterlinie.demo";

    private static final Logger log = LoggerFactory.getLogger(TrainerDemo.class);

    private final RegionDirectory regions;
    private final AccountDirectory accounts;
    private final SchoolDirectory schools;
    private final AchterbanMap achterban;
    private final Audience audience;
    private final SwotBoard swot;
    private final Verwerking verwerking;
    private final Buddies buddies;
    private final TrainerProfiles profiles;
    private final Programme programme;
    private final String password;

    private final SystemWork systemWork;

    private final Clock clock;

    TrainerDemo(
            SystemWork systemWork,
            RegionDirectory regions,
            AccountDirectory accounts,
            SchoolDirectory schools,
            AchterbanMap achterban,
            Audience audience,
            SwotBoard swot,
            Verwerking verwerking,
            Buddies buddies,
            TrainerProfiles profiles,
            Programme programme,
            @Value("${uitzicht.demo.password}") String password,
            Clock clock) {
        this.clock = clock;
        this.systemWork = systemWork;
        this.regions = regions;
        this.accounts = accounts;
        this.schools = schools;
        this.achterban = achterban;
        this.audience = audience;
        this.swot = swot;
        this.verwerking = verwerking;
        this.buddies = buddies;
        this.profiles = profiles;
        this.programme = programme;
        this.password = password;
    }

    /** Runs as the system: it works for no person. */
    @Override
    public void run(ApplicationArguments args) {
        systemWork.run(() -> work(args));
    }

    private void work(ApplicationArguments args) {
        Region po = regions.findByCode(DemoRegions.PO_CODE).orElse(null);
        AccountSummary tamara = accounts.findByEmail("trainer@waterlinie.demo").orElse(null);
        if (po == null || tamara == null || accounts.findByEmail(SECOND_TRAINER).isPresent()) {
            return;
        }
        log.info("Demo mode: filling the trainer workspace");
        AccountSummary tom = accounts.createAccount(SECOND_TRAINER, "Tom Trainer", password);
        accounts.grant(tom.id(), po.getId(), Role.TRAINER, Set.of());
        TenantContext.runAs(po.getId(), () -> {
            Map<String, SchoolSummary> byBrin =
                    schools.all().stream().collect(Collectors.toMap(SchoolSummary::brin, Function.identity()));
            tamarasWorkspace(tamara.id(), byBrin);
            tomsWorkspace(tom.id(), byBrin);
            pairUp(tamara.id(), tom.id());
            programmeSoFar(tamara.id(), tom.id());
        });
    }

    private void tamarasWorkspace(UUID me, Map<String, SchoolSummary> schools) {
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

    private void tomsWorkspace(UUID me, Map<String, SchoolSummary> schools) {
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

    private void programmeSoFar(UUID tamara, UUID tom) {
        java.util.List<MeetingView> calendar = programme.calendar();
        MeetingView regional = calendar.get(0);
        MeetingView day1 = calendar.get(1);
        for (UUID trainer : java.util.List.of(tamara, tom)) {
            programme.markAttended(trainer, regional.id(), true);
            programme.markAttended(trainer, day1.id(), true);
        }
        programme.answer(
                tamara,
                day1.id(),
                5,
                "De Checklist OPP samen scoren en de verschillen bespreken.",
                "Geef ons meer tijd om afwijkende scores te bespreken.");
        programme.answer(
                tom,
                day1.id(),
                4,
                "Een OPP van 2 A4 is haalbaar.",
                "Graag voorbeeld-OPP's uit het SBO in de volgende bijeenkomst.");
    }

    private void pairUp(UUID tamara, UUID tom) {
        profiles.save(
                tamara,
                -1,
                "Groep Gorinchem",
                "Dat alle scholen in mijn achterban een OPP van hoogstens 5 A4 gebruiken dat ouders begrijpen.");
        profiles.save(tom, -1, "Groep Gorinchem", "Het SBO als voorbeeld voor een functioneel OPP in de regio.");
        UUID pair = buddies.request(tom, tamara, "Zullen we samen optrekken richting de eerste praktijkbijeenkomst?")
                .id();
        var active = buddies.accept(tamara, pair);
        buddies.share(
                tamara,
                pair,
                active.version(),
                "Elk OPP in onze achterban is beknopt, functioneel en gedragen.",
                "Om de week bellen; elk een school bezoeken met de Checklist OPP en de scores vergelijken.");
        buddies.giveFeedback(tom, pair, "Sterke SWOT! Misschien de ouders van Het Anker uitnodigen om mee te lezen?");
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
