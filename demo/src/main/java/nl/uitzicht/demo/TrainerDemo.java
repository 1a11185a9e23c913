package nl.uitzicht.demo;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.achterban.AchterbanMap;
import nl.uitzicht.achterban.Audience;
import nl.uitzicht.achterban.SwotBoard;
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
    private final DemoTrainerWorkspaces workspaces;
    private final Buddies buddies;
    private final TrainerProfiles profiles;
    private final Programme programme;
    private final String password;

    private final SystemWork systemWork;

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
        this.systemWork = systemWork;
        this.regions = regions;
        this.accounts = accounts;
        this.schools = schools;
        this.workspaces = new DemoTrainerWorkspaces(achterban, audience, swot, verwerking, clock);
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
            workspaces.tamaras(tamara.id(), byBrin);
            workspaces.toms(tom.id(), byBrin);
            pairUp(tamara.id(), tom.id());
            programmeSoFar(tamara.id(), tom.id());
        });
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
}
