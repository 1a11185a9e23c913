package nl.uitzicht.demo.generator;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a generated plan says, written per support category and age band so that a region recognises it: a
 * kleuter in groep 2 is not "two years behind in AVI", a havo pupil does not learn the tables. The numbers
 * (levels, minutes, counts) vary per plan. Used for benchmark data only; every generated plan is marked
 * synthetic.
 */
final class PlanTexts {

    /** The age bands the texts are written for. */
    enum Band {
        /** Groep 1-4. */
        YOUNG,
        /** Groep 5-8. */
        PRIMARY,
        /** Secondary: vo, pro, vso. */
        SECONDARY
    }

    /** One plan's main line: the hindering factor, the goal it leads to, and the support given. */
    record Line(
            String domain,
            String hindering,
            String goal,
            String baseline,
            String measure,
            String intervention,
            String frequency,
            String performer,
            String pupilView) {}

    private static final Map<String, Map<Band, List<Line>>> LINES = new HashMap<>();

    private static final String[] HELPING = {
        "Is gemotiveerd en vraagt zelf om hulp als het vastloopt.",
        "Ouders zijn betrokken en oefenen thuis mee.",
        "Heeft een goede band met de mentor en durft te zeggen wat lastig is.",
        "Werkt goed in een klein groepje en helpt anderen graag.",
        "Is sterk in praktisch werk en leert veel door te doen.",
        "Sport twee keer per week en kan daar goed zijn energie kwijt.",
        "Heeft een vriend in de klas die rust geeft.",
        "Pakt nieuwe afspraken snel op als ze visueel worden gemaakt."
    };

    private static final String[] AGREEMENTS = {
        "Ouders lezen drie keer per week een kwartier samen.",
        "Ouders en mentor hebben elke zes weken kort contact.",
        "De leerling laat het planbord elke vrijdag thuis zien.",
        "Ouders melden veranderingen thuis direct bij de intern begeleider.",
        "School stuurt na elke periode een kort verslag van de voortgang."
    };

    static {
        line(
                "LEZEN_SPELLEN",
                Band.YOUNG,
                "LEARNING",
                "Herkent nog maar %d van de 34 klanken en kan korte woorden niet verklanken.",
                "Kent alle klanken en leest mkm-woorden vlot",
                "%d klanken",
                "Klankentoets en DMT kaart 1",
                "Dagelijks 10 minuten klankgebaren en verklanken in een groepje (Bouw!)",
                "dagelijks",
                "TEACHER",
                "Letters zijn lastig. Met de gebaren onthoud ik ze beter.");
        line(
                "LEZEN_SPELLEN",
                Band.PRIMARY,
                "LEARNING",
                "Leest op AVI-niveau E%d, ruim een jaar achter op de groep; spelling op D-niveau.",
                "Leest vloeiend op het AVI-niveau van de groep",
                "AVI E%d",
                "AVI-toets en DMT",
                "Dagelijks 20 minuten RALFI-lezen en voorleessoftware bij toetsen",
                "dagelijks",
                "TEACHER",
                "Lezen kost me veel moeite. Ik wil strips kunnen lezen zonder hulp.");
        line(
                "LEZEN_SPELLEN",
                Band.SECONDARY,
                "LEARNING",
                "Dyslexie: leest traag (%d woorden per minuut) en maakt veel spelfouten in lange teksten.",
                "Leest studieteksten zelfstandig met voorleessoftware en haalt voldoendes bij talen",
                "%d woorden per minuut",
                "Toetsresultaten talen en leestempo",
                "Voorleessoftware bij alle vakken, extra tijd bij toetsen en wekelijks spellingsbegeleiding",
                "wekelijks",
                "TEACHER",
                "Met de voorleessoftware kan ik mijn huiswerk zelf maken.");
        line(
                "REKENEN",
                Band.YOUNG,
                "LEARNING",
                "Telt nog niet verder dan %d en kan hoeveelheden tot 10 niet vergelijken.",
                "Telt tot 20 en vergelijkt hoeveelheden tot 10",
                "Telt tot %d",
                "Observatie en toets rekenen groep 2",
                "Drie keer per week 10 minuten tellen en vergelijken met concreet materiaal",
                "3 keer per week",
                "TEACHER",
                "Met de blokjes kan ik het zien.");
        line(
                "REKENEN",
                Band.PRIMARY,
                "LEARNING",
                "Rekent op het niveau van groep %d; tafels en breuken zijn niet geautomatiseerd.",
                "Beheerst de tafels tot 10 en rekent met eenvoudige breuken",
                "Niveau groep %d",
                "Methodetoets en tempotoets",
                "Drie keer per week 15 minuten automatiseren met concreet materiaal",
                "3 keer per week",
                "TEACHER",
                "Rekenen is niet mijn ding, maar met het stappenplan lukt het vaker.");
        line(
                "REKENEN",
                Band.SECONDARY,
                "LEARNING",
                "Dyscalculie: haalt bij wiskunde gemiddeld een %d en raakt in paniek bij verhaalsommen.",
                "Gebruikt het stappenplan bij verhaalsommen en haalt een voldoende voor wiskunde",
                "Gemiddeld %d",
                "Cijfers wiskunde",
                "Rekenmachine en formulekaart, wekelijks een uur bijles in het steunpunt",
                "wekelijks",
                "EXTERNAL",
                "Met de formulekaart weet ik waar ik moet beginnen.");
        line(
                "TAAL_NT2",
                Band.YOUNG,
                "LEARNING",
                "Is %d maanden in Nederland; spreekt thuis Arabisch en begrijpt korte opdrachten nog niet.",
                "Begrijpt de dagelijkse opdrachten in de klas",
                "%d maanden Nederlands",
                "Woordenschattoets",
                "Dagelijks woordenschat in een groepje met plaatjes en thema-woorden",
                "dagelijks",
                "TEACHER",
                "Ik leer elke dag nieuwe woorden.");
        line(
                "TAAL_NT2",
                Band.PRIMARY,
                "LEARNING",
                "Nieuwkomer (%d maanden in Nederland); begrijpend lezen blijft ver achter door woordenschat.",
                "Begrijpt een tekst van het eigen leerjaar met hulp van een woordenlijst",
                "%d maanden Nederlands",
                "Toets begrijpend lezen en woordenschat",
                "Vier ochtenden per week NT2-les in de taalklas",
                "4 ochtenden per week",
                "EXTERNAL",
                "Ik wil goed Nederlands leren zodat ik meer vrienden krijg.");
        line(
                "TAAL_NT2",
                Band.SECONDARY,
                "LEARNING",
                "Kwam %d maanden geleden uit de ISK; vaktaal bij biologie en geschiedenis is nog te moeilijk.",
                "Begrijpt de vaktaal van de zaakvakken met een eigen woordenboek",
                "%d maanden uit de ISK",
                "Cijfers zaakvakken",
                "Wekelijks vaktaalbegeleiding en een tweetalig woordenboek bij toetsen",
                "wekelijks",
                "TEACHER",
                "De woorden bij biologie ken ik nu beter.");
        line(
                "WERKHOUDING",
                Band.YOUNG,
                "WORK_ATTITUDE",
                "Kan zich maar %d minuten op een taak richten en loopt vaak weg uit de kring.",
                "Werkt 10 minuten aan een taak in de kring",
                "%d minuten",
                "Observatie leerkracht",
                "Vaste plek, een time-timer en een beloningskaart",
                "dagelijks",
                "TEACHER",
                "Als de timer klaar is mag ik even bewegen.");
        line(
                "WERKHOUDING",
                Band.PRIMARY,
                "WORK_ATTITUDE",
                "Werkt maar %d minuten zelfstandig en raakt snel afgeleid door geluid.",
                "Werkt 20 minuten zelfstandig aan een taak",
                "%d minuten",
                "Observatie leerkracht",
                "Taakkaart met timer, koptelefoon en een vaste werkplek",
                "dagelijks",
                "TEACHER",
                "Met de koptelefoon hoor ik de anderen niet en kan ik beter werken.");
        line(
                "WERKHOUDING",
                Band.SECONDARY,
                "WORK_ATTITUDE",
                "Plant het huiswerk niet; mist gemiddeld %d inleveropdrachten per periode.",
                "Levert alle opdrachten op tijd in met een weekplanning",
                "%d gemiste opdrachten",
                "Registratie mentor",
                "Wekelijks een planningsgesprek met de mentor en een weekplanner in de app",
                "wekelijks",
                "TEACHER",
                "Als ik mijn week plan, vergeet ik minder.");
        line(
                "GEDRAG",
                Band.YOUNG,
                "BEHAVIOUR",
                "Slaat en duwt bij het spelen, gemiddeld %d keer per week.",
                "Gebruikt het stopgebaar in plaats van te slaan",
                "%d incidenten per week",
                "Registratie leerkracht",
                "Dagritme met pictogrammen en een vaste rustplek",
                "dagelijks",
                "TEACHER",
                "Als ik boos ben ga ik naar de rustplek.");
        line(
                "GEDRAG",
                Band.PRIMARY,
                "BEHAVIOUR",
                "Raakt snel boos bij veranderingen; loopt %d keer per week de klas uit.",
                "Gebruikt de time-outkaart in plaats van weg te lopen",
                "%d keer per week",
                "Registratie leerkracht",
                "Dagstart met de dagplanning en een vaste time-outplek",
                "dagelijks",
                "TEACHER",
                "Met de kaart kan ik even rustig worden.");
        line(
                "GEDRAG",
                Band.SECONDARY,
                "BEHAVIOUR",
                "Kreeg dit jaar %d keer een verwijdering uit de les na conflicten met docenten.",
                "Meldt zich bij oplopende spanning zelf bij het ondersteuningsteam",
                "%d verwijderingen",
                "Registratie verwijderingen",
                "Dagelijkse check-in bij de coach en een time-outpas",
                "dagelijks",
                "EXTERNAL",
                "Als ik merk dat het misgaat, ga ik naar mijn coach.");
        line(
                "SOCIAAL_EMOTIONEEL",
                Band.YOUNG,
                "BEHAVIOUR",
                "Speelt alleen en huilt bij het afscheid van ouders, %d ochtenden per week.",
                "Speelt in de kleine kring samen met een ander kind",
                "%d ochtenden per week",
                "Observatie leerkracht en KIJK!",
                "Een vast maatje en een afscheidsritueel bij de deur",
                "dagelijks",
                "TEACHER",
                "Met mijn maatje is het minder eng.");
        line(
                "SOCIAAL_EMOTIONEEL",
                Band.PRIMARY,
                "BEHAVIOUR",
                "Is faalangstig en zegt bij %d van de 10 toetsen vooraf dat het toch niet lukt.",
                "Noemt voor een toets zelf wat al goed gaat",
                "%d van 10 toetsen",
                "Vragenlijst welbevinden",
                "Zes sessies faalangstreductietraining en complimenten op inzet",
                "wekelijks",
                "EXTERNAL",
                "Ik ben soms bang dat ik het fout doe.");
        line(
                "SOCIAAL_EMOTIONEEL",
                Band.SECONDARY,
                "BEHAVIOUR",
                "Trekt zich terug in de pauzes en verzuimde %d dagen met buikpijn dit schooljaar.",
                "Is aanwezig en heeft een vaste plek in de pauze",
                "%d dagen verzuim",
                "Verzuimregistratie en gesprek",
                "Wekelijks gesprek met de vertrouwenspersoon en een pauzeplek",
                "wekelijks",
                "EXTERNAL",
                "In de pauze ga ik naar het lokaal van mijn mentor.");
        line(
                "MEERBEGAAFDHEID",
                Band.YOUNG,
                "LEARNING",
                "Leest al op AVI-niveau M%d en verveelt zich bij de kleuteractiviteiten.",
                "Werkt dagelijks aan een eigen uitdaging en blijft betrokken in de groep",
                "AVI M%d",
                "Observatie en portfolio",
                "Verrijkingsmap en twee keer per week de plusgroep",
                "2 keer per week",
                "TEACHER",
                "In de plusgroep mag ik moeilijke puzzels doen.");
        line(
                "MEERBEGAAFDHEID",
                Band.PRIMARY,
                "LEARNING",
                "Scoort boven het gemiddelde van groep %d maar werkt slordig en haakt af bij herhaling.",
                "Compact het reguliere werk en rondt een eigen onderzoek af",
                "Niveau groep %d",
                "Methodetoetsen en presentatie",
                "Compacten en verrijken met de plusklas op woensdag",
                "wekelijks",
                "TEACHER",
                "Ik wil iets leren dat ik nog niet weet.");
        line(
                "MEERBEGAAFDHEID",
                Band.SECONDARY,
                "LEARNING",
                "Haalt gemiddeld een %d maar onderpresteert door gebrek aan uitdaging; leren leren is niet nodig geweest.",
                "Plant zelf een verdiepingsproject en leert studievaardigheden",
                "Gemiddeld %d",
                "Cijfers en project",
                "Versneld examen in één vak en een coach voor studievaardigheden",
                "2 keer per maand",
                "TEACHER",
                "Ik wil eerder examen doen in wiskunde.");
        line(
                "LICHAMELIJK_MEDISCH",
                Band.YOUNG,
                "PHYSICAL",
                "Heeft diabetes type 1; moet %d keer per dag prikken en is daarna vaak moe.",
                "Meet zelf de suiker met hulp van de leerkracht",
                "%d metingen per dag",
                "Meetlijst",
                "Medisch handelingsprotocol en een vaste rustmoment",
                "dagelijks",
                "TEACHER",
                "De juf helpt me met prikken.");
        line(
                "LICHAMELIJK_MEDISCH",
                Band.PRIMARY,
                "PHYSICAL",
                "Chronische vermoeidheid na ziekte; mist gemiddeld %d lesdagen per maand.",
                "Volgt de kernvakken met een aangepast rooster",
                "%d dagen verzuim per maand",
                "Verzuimregistratie",
                "Aangepast rooster en lesstof digitaal thuis",
                "wekelijks",
                "TEACHER",
                "Als ik moe ben mag ik thuis verder werken.");
        line(
                "LICHAMELIJK_MEDISCH",
                Band.SECONDARY,
                "PHYSICAL",
                "Heeft na een operatie een rolstoel nodig; %d lokalen zijn niet zelfstandig bereikbaar.",
                "Bereikt alle lessen zelfstandig",
                "%d lokalen niet bereikbaar",
                "Rooster en evaluatie",
                "Rooster op de begane grond, lift-pas en extra tijd tussen lessen",
                "dagelijks",
                "EXTERNAL",
                "Ik wil zelf naar mijn lessen kunnen.");
        line(
                "HOREN_SPRAAK",
                Band.YOUNG,
                "PHYSICAL",
                "Taalontwikkelingsstoornis: spreekt in zinnen van %d woorden en wordt slecht verstaan.",
                "Vertelt in de kring in zinnen van vier woorden",
                "Zinnen van %d woorden",
                "Observatie en logopedist",
                "Logopedie op school en ambulante begeleiding (cluster 2)",
                "wekelijks",
                "EXTERNAL",
                "De logopedist oefent met mij.");
        line(
                "HOREN_SPRAAK",
                Band.PRIMARY,
                "PHYSICAL",
                "Slechthorend (%d dB verlies); mist instructie als er achtergrondgeluid is.",
                "Volgt de instructie met de ringleiding en vraagt zelf om herhaling",
                "%d dB verlies",
                "Observatie en audiologisch centrum",
                "Ringleiding, vaste plek vooraan en ambulante begeleiding",
                "dagelijks",
                "EXTERNAL",
                "Met de ringleiding hoor ik de juf goed.");
        line(
                "HOREN_SPRAAK",
                Band.SECONDARY,
                "PHYSICAL",
                "Stottert; zegt bij %d van de 10 mondelinge opdrachten af.",
                "Doet mondelinge opdrachten in een kleine groep",
                "%d van 10 afgezegd",
                "Registratie mentor",
                "Mondelinge toetsen in een klein groepje en afspraken met alle docenten",
                "per periode",
                "TEACHER",
                "In een klein groepje durf ik wel te praten.");
        line(
                "ZIEN",
                Band.YOUNG,
                "PHYSICAL",
                "Slechtziend (visus %d/10); herkent plaatjes op het digibord niet.",
                "Doet mee met de kringactiviteiten met vergrote materialen",
                "Visus %d/10",
                "Observatie en Visio",
                "Vergrote prenten en een plek vooraan, begeleiding van Visio",
                "dagelijks",
                "EXTERNAL",
                "De grote plaatjes kan ik goed zien.");
        line(
                "ZIEN",
                Band.PRIMARY,
                "PHYSICAL",
                "Slechtziend (visus %d/10); leest gewone boeken te langzaam.",
                "Leest met de beeldschermloep in het tempo van de groep",
                "Visus %d/10",
                "Leestempo en Visio",
                "Beeldschermloep, vergrote methode en ambulante begeleiding",
                "dagelijks",
                "EXTERNAL",
                "Met de loep kan ik alles lezen.");
        line(
                "ZIEN",
                Band.SECONDARY,
                "PHYSICAL",
                "Slechtziend (visus %d/10); toetsen op papier kosten twee keer zoveel tijd.",
                "Maakt alle toetsen digitaal met vergroting",
                "Visus %d/10",
                "Toetsresultaten",
                "Digitale toetsen met vergroting en extra tijd",
                "per toets",
                "TEACHER",
                "Digitaal gaat het veel sneller.");
        line(
                "ZEER_MOEILIJK_LEREND",
                Band.YOUNG,
                "LEARNING",
                "Ontwikkelingsleeftijd ongeveer %d jaar; kleuren en vormen zijn nog niet bekend.",
                "Benoemt de vier basiskleuren en drie vormen",
                "Ontwikkelingsleeftijd %d jaar",
                "Observatie en ontwikkelingsvolgmodel",
                "Eigen leerlijn met dagelijks korte oefenmomenten",
                "dagelijks",
                "TEACHER",
                "Ik vind de kleurenspelletjes leuk.");
        line(
                "ZEER_MOEILIJK_LEREND",
                Band.PRIMARY,
                "LEARNING",
                "Leert op het niveau van groep %d; werkt op een eigen leerlijn.",
                "Leest eenvoudige teksten en rekent met geld tot 10 euro",
                "Niveau groep %d",
                "Leerlijnen van het SBO",
                "Eigen leerlijn lezen en rekenen, dagelijks instructie in een groepje",
                "dagelijks",
                "TEACHER",
                "Met geld rekenen vind ik leuk.");
        line(
                "ZEER_MOEILIJK_LEREND",
                Band.SECONDARY,
                "LEARNING",
                "Werkt op het niveau van eind-basisonderwijs (groep %d) en heeft een praktische leerroute.",
                "Voert een stage van twee dagen per week zelfstandig uit",
                "Niveau groep %d",
                "Stagebeoordeling",
                "Stage met jobcoach en lessen praktische vaardigheden",
                "2 dagen per week",
                "EXTERNAL",
                "Op mijn stage wil ik het goed doen.");
    }

    private PlanTexts() {}

    private static void line(
            String code,
            Band band,
            String domain,
            String hindering,
            String goal,
            String baseline,
            String measure,
            String intervention,
            String frequency,
            String performer,
            String pupilView) {
        LINES.computeIfAbsent(code, c -> new EnumMap<>(Band.class))
                .computeIfAbsent(band, b -> new java.util.ArrayList<>())
                .add(new Line(
                        domain, hindering, goal, baseline, measure, intervention, frequency, performer, pupilView));
    }

    /** The plan's main line for a category code and band, its number filled in; a general line for other codes. */
    static Line line(String categoryCode, Band band, Random random) {
        List<Line> lines =
                LINES.getOrDefault(categoryCode, LINES.get("WERKHOUDING")).get(band);
        Line line = lines.get(random.nextInt(lines.size()));
        int n = 2 + random.nextInt(5);
        return new Line(
                line.domain(),
                line.hindering().formatted(n),
                line.goal(),
                line.baseline().formatted(n),
                line.measure(),
                line.intervention(),
                line.frequency(),
                line.performer(),
                line.pupilView());
    }

    static String helping(Random random) {
        return HELPING[random.nextInt(HELPING.length)];
    }

    static String agreement(Random random) {
        return AGREEMENTS[random.nextInt(AGREEMENTS.length)];
    }

    /** Why the exit destination fits, in words a region would read in a real plan. */
    static String reasoning(String destination) {
        return switch (destination) {
            case "PRO" -> "Het niveau en het leertempo passen bij praktijkonderwijs; leert het best door te doen.";
            case "VMBO_B", "VMBO_K" ->
                "De resultaten van de laatste twee jaar wijzen op vmbo; met ondersteuning bij de kernvakken is dit haalbaar.";
            case "VMBO_GT" -> "Capaciteiten passen bij vmbo-gt; werkhouding en planning vragen nog aandacht.";
            case "HAVO" -> "Toetsen en werkhouding wijzen op havo, mits de ondersteuning blijft.";
            case "VWO" -> "Het denkniveau past bij vwo; de ondersteuning richt zich op wat het leren nu belemmert.";
            case "ARBEIDSMARKT" -> "Uitstroom naar werk past bij de praktische vaardigheden en de stages.";
            case "DAGBESTEDING" -> "Uitstroom naar dagbesteding past bij de mogelijkheden en de wens van ouders.";
            default -> "Het perspectief volgt uit de factoren en de resultaten van het afgelopen jaar.";
        };
    }
}
