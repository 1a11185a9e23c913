package nl.uitzicht.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.goallibrary.GoalLibrary;
import nl.uitzicht.goallibrary.LibraryGoalInput;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opptemplate.OppTemplateInput;
import nl.uitzicht.opptemplate.OppTemplates;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Demo mode: a small goal library (SMART(I) goals with example interventions for five support categories) and two
 * region templates in both demo regions, as a region admin would write them (ADR 0081). Idempotent: only a region
 * whose library is empty gets them.
 */
@Order(11)
class DemoGoalLibrary implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGoalLibrary.class);

    /** One library goal: category code, domain, title, goal text, measure, example interventions (a line each). */
    record Entry(String category, FactorDomain domain, String title, String goal, String measure, String examples) {}

    static final List<Entry> GOALS = List.of(
            new Entry(
                    "LEZEN_SPELLEN",
                    FactorDomain.LEARNING,
                    "Technisch lezen: AVI-niveau omhoog",
                    "Leest over 12 weken een tekst op het volgende AVI-niveau (bijv. E5) beheersingsniveau: ten hoogste 2"
                            + " fouten en binnen de normtijd.",
                    "AVI-toets, afgenomen door de leerkracht",
                    "Dagelijks 15 minuten herhaald lezen (RALFI) in een groepje van 3\n"
                            + "Thuis 4 keer per week 10 minuten samen lezen met een leesbriefje\n"
                            + "Wekelijks 1 keer duo-lezen met een betere lezer"),
            new Entry(
                    "LEZEN_SPELLEN",
                    FactorDomain.LEARNING,
                    "Woorden lezen: DMT-score",
                    "Leest over 10 weken op de DMT-kaart 3 minstens 10 woorden meer per minuut dan nu.",
                    "DMT kaart 3, elke 5 weken",
                    "3 keer per week 10 minuten flitsen met woordkaarten\nLeessoftware met klankondersteuning"),
            new Entry(
                    "LEZEN_SPELLEN",
                    FactorDomain.LEARNING,
                    "Spelling: categoriewoorden",
                    "Schrijft over 8 weken bij het dictee van de methode minstens 80% van de woorden uit de geoefende"
                            + " spellingcategorie\u00ebn goed.",
                    "Methodegebonden dictee, percentage goed",
                    "Pre-teaching van de spellingcategorie op maandag (15 minuten)\n"
                            + "Categoriekaart op de tafel\nDagelijks 5 woorden oefenen met Woordkasteel"),
            new Entry(
                    "LEZEN_SPELLEN",
                    FactorDomain.LEARNING,
                    "Begrijpend lezen: strategie\u00ebn",
                    "Past over 10 weken bij een tekst op het eigen niveau zelfstandig 3 leesstrategie\u00ebn toe"
                            + " (voorspellen, vragen stellen, samenvatten) en beantwoordt 7 van de 10 vragen goed.",
                    "Observatie met kijkwijzer en toets van de methode",
                    "Wekelijks 2 keer 20 minuten verlengde instructie met hardop denken\nStrategiekaart als geheugensteun"),
            new Entry(
                    "REKENEN",
                    FactorDomain.LEARNING,
                    "Tafels automatiseren",
                    "Kent over 8 weken de tafels 1 t/m 5 en 10 geautomatiseerd: 40 sommen in 2 minuten met ten hoogste 3"
                            + " fouten.",
                    "Tafeltoets op tijd, elke 2 weken",
                    "Dagelijks 10 minuten tafels oefenen met Rekentuin\nTafelkaart thuis, 3 keer per week samen oefenen"),
            new Entry(
                    "REKENEN",
                    FactorDomain.LEARNING,
                    "Optellen en aftrekken tot 100",
                    "Lost over 10 weken sommen tot 100 met tientaloverschrijding op met het rekenrek of de getallenlijn;"
                            + " 8 van de 10 goed.",
                    "Toets van de methode en observatie van de aanpak",
                    "3 keer per week 15 minuten verlengde instructie met concreet materiaal (handelingsmodel)\n"
                            + "Stappenplan op de tafel"),
            new Entry(
                    "REKENEN",
                    FactorDomain.LEARNING,
                    "Redactiesommen aanpakken",
                    "Gebruikt over 10 weken bij redactiesommen zelfstandig het stappenplan (lezen, tekenen, uitrekenen,"
                            + " controleren) en lost 6 van de 10 sommen goed op.",
                    "Methodetoets en observatie",
                    "Wekelijks 2 keer 20 minuten in de instructiegroep\nVoordoen met hardop denken door de leerkracht"),
            new Entry(
                    "WERKHOUDING",
                    FactorDomain.WORK_ATTITUDE,
                    "Zelfstandig werken",
                    "Werkt over 6 weken 20 minuten zelfstandig aan een taak zonder hulp te vragen, in 4 van de 5"
                            + " observaties.",
                    "Observatie door de leerkracht met de time-timer, 5 keer per periode",
                    "Taakkaart met stappen en afvinklijst\nTime-timer op de tafel\nVaste plek bij de instructietafel"),
            new Entry(
                    "WERKHOUDING",
                    FactorDomain.WORK_ATTITUDE,
                    "Taak afmaken",
                    "Maakt over 8 weken 4 van de 5 dagtaken af binnen de afgesproken tijd.",
                    "Weektaakformulier, bijgehouden door leerling en leerkracht",
                    "Dagelijkse start met de leerkracht (2 minuten): wat ga je doen?\nBeloningssysteem met de leerling"
                            + " afgesproken"),
            new Entry(
                    "WERKHOUDING",
                    FactorDomain.WORK_ATTITUDE,
                    "Hulp vragen",
                    "Vraagt over 6 weken zelf om hulp met het hulpkaartje wanneer hij of zij vastloopt, in 4 van de 5"
                            + " lessen.",
                    "Turflijst van de leerkracht",
                    "Hulpkaartje op de tafel\nWekelijks kort gesprek over wat goed ging"),
            new Entry(
                    "GEDRAG",
                    FactorDomain.BEHAVIOUR,
                    "Op de beurt wachten",
                    "Steekt over 6 weken in de kring en bij instructie de vinger op en wacht op de beurt, in 8 van de 10"
                            + " momenten.",
                    "Observatie met turflijst, 2 keer per week",
                    "Visuele regelkaart en vooraf afspraak herhalen\nDirect en concreet complimenteren\n"
                            + "Dagelijks evaluatiemoment van 2 minuten"),
            new Entry(
                    "GEDRAG",
                    FactorDomain.BEHAVIOUR,
                    "Rustig blijven bij boosheid",
                    "Gebruikt over 8 weken bij boosheid de afgesproken stap (time-out plek of stoplicht) zonder anderen"
                            + " te raken; hooguit 1 incident per week.",
                    "Incidentenregistratie in het leerlingvolgsysteem",
                    "Stoplichtkaart en vaste time-out plek\nWekelijks 15 minuten oefenen met de intern begeleider\n"
                            + "Zelfde aanpak thuis, afgestemd met ouders"),
            new Entry(
                    "GEDRAG",
                    FactorDomain.BEHAVIOUR,
                    "Overgangen op een dag",
                    "Gaat over 6 weken bij overgangen (pauze, gym, wisselen van les) met ten hoogste 1 herinnering mee"
                            + " met de groep, in 4 van de 5 dagen.",
                    "Dagoverzicht met pictogrammen, turven door de leerkracht",
                    "Dagritmekaarten\nVooraankondiging 5 minuten voor een overgang"),
            new Entry(
                    "SOCIAAL_EMOTIONEEL",
                    FactorDomain.BEHAVIOUR,
                    "Samenwerken in een groepje",
                    "Werkt over 8 weken in een groepje van 3 een opdracht af en luistert naar de ander (laat uitpraten),"
                            + " in 3 van de 4 samenwerkopdrachten.",
                    "Observatie met kijkwijzer samenwerken",
                    "Vaste rollen in het groepje\nWekelijks 1 les sociale vaardigheden (Kwink)"),
            new Entry(
                    "SOCIAAL_EMOTIONEEL",
                    FactorDomain.BEHAVIOUR,
                    "Gevoelens benoemen",
                    "Benoemt over 8 weken in het wekelijkse gesprek zelf 2 gevoelens van die week en wat hij of zij deed.",
                    "Gespreksverslag, wekelijks",
                    "Wekelijks 10 minuten gesprek met de leerkracht met gevoelenskaarten\nGevoelensthermometer in de klas"),
            new Entry(
                    "SOCIAAL_EMOTIONEEL",
                    FactorDomain.BEHAVIOUR,
                    "Contact maken in de pauze",
                    "Speelt over 10 weken in ten minste 3 van de 5 pauzes samen met een of meer klasgenoten.",
                    "Pleinobservatie door de pleinwacht",
                    "Maatje voor de pauze\nSpelletjeskist met afspraken"));

    private final SystemWork systemWork;
    private final RegionDirectory regions;
    private final SupportCategories categories;
    private final GoalLibrary library;
    private final OppTemplates templates;

    DemoGoalLibrary(
            SystemWork systemWork,
            RegionDirectory regions,
            SupportCategories categories,
            GoalLibrary library,
            OppTemplates templates) {
        this.systemWork = systemWork;
        this.regions = regions;
        this.categories = categories;
        this.library = library;
        this.templates = templates;
    }

    @Override
    public void run(ApplicationArguments args) {
        systemWork.run(() -> {
            for (String code : List.of("PO2999", "VO2999")) {
                regions.findByCode(code).ifPresent(r -> TenantContext.runAs(r.getId(), () -> seed(code)));
            }
        });
    }

    private void seed(String regionCode) {
        if (!library.all().isEmpty()) {
            return;
        }
        log.info("Demo mode: goal library and templates for {}", regionCode);
        Map<String, UUID> byCode =
                categories.all().stream().collect(Collectors.toMap(SupportCategory::code, SupportCategory::id));
        Actor admin = Actor.SYSTEM;
        for (Entry e : GOALS) {
            UUID category = byCode.get(e.category());
            if (category != null) {
                library.add(
                        admin,
                        new LibraryGoalInput(category, e.domain(), e.title(), e.goal(), e.measure(), e.examples()));
            }
        }
        templates.addRegionTemplate(
                admin,
                new OppTemplateInput(
                        "Ernstige lees- en spellingproblemen (groep 4-6)",
                        FactorDomain.LEARNING,
                        byCode.get("LEZEN_SPELLEN"),
                        "Leest twee AVI-niveaus onder het niveau van de groep\nSpelt klankzuivere woorden nog niet"
                                + " foutloos",
                        "Is gemotiveerd en vraagt om hulp\nGoede mondelinge taalvaardigheid",
                        "Leest over 12 weken een tekst op het volgende AVI-niveau met ten hoogste 2 fouten\n"
                                + "Schrijft over 8 weken 80% van de geoefende categoriewoorden goed",
                        "Herhaald lezen (RALFI) in een groepje van 3\nPre-teaching van de spellingcategorie",
                        "4 keer per week 15 minuten"));
        templates.addRegionTemplate(
                admin,
                new OppTemplateInput(
                        "Werkhouding en concentratie",
                        FactorDomain.WORK_ATTITUDE,
                        byCode.get("WERKHOUDING"),
                        "Is snel afgeleid bij zelfstandig werken\nMaakt taken vaak niet af",
                        "Werkt goed bij korte, duidelijke opdrachten",
                        "Werkt over 6 weken 20 minuten zelfstandig aan een taak in 4 van de 5 observaties",
                        "Taakkaart met stappen en time-timer\nVaste plek bij de instructietafel",
                        "dagelijks"));
    }
}
