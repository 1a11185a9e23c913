package nl.uitzicht.analysis;

import static nl.uitzicht.analysis.ChecklistPart.ALL_PARTS;
import static nl.uitzicht.analysis.ChecklistPart.FACTORS;
import static nl.uitzicht.analysis.ChecklistPart.FORM;
import static nl.uitzicht.analysis.ChecklistPart.HANDELINGSDEEL;
import static nl.uitzicht.analysis.ChecklistPart.PERSPECTIVE;
import static nl.uitzicht.analysis.ChecklistPart.PROCESS;

import java.util.List;

/**
 * The default "Checklist OPP" of the domain brief (no official checklist is published): 15 items,
 * each scored 0 (not / missing), 1 (partly) or 2 (fully), in Dutch, the language the raters use.
 */
final class DefaultChecklist {

    static final String NAME = "Checklist OPP (standaard)";

    static final List<ChecklistItem> ITEMS = List.of(
            item(
                    "WETTELIJKE_DELEN",
                    ALL_PARTS,
                    "Alle drie wettelijke onderdelen zijn aanwezig.",
                    "Een of meer onderdelen ontbreken.",
                    "Alle onderdelen staan erin, maar een ervan is nauwelijks ingevuld.",
                    "Factoren, uitstroomperspectief en handelingsdeel zijn alle drie volledig."),
            item(
                    "PERSPECTIEF_ONDERBOUWD",
                    PERSPECTIVE,
                    "Het uitstroomperspectief is onderbouwd vanuit de belemmerende en bevorderende factoren.",
                    "Er is geen onderbouwing, of die staat los van de factoren.",
                    "De onderbouwing noemt enkele factoren, maar de redenering is niet sluitend.",
                    "De onderbouwing volgt navolgbaar uit de beschreven factoren."),
            item(
                    "PERSPECTIEF_AMBITIEUS",
                    PERSPECTIVE,
                    "Het uitstroomperspectief is ambitieus.",
                    "Het perspectief ligt lager dan de factoren rechtvaardigen.",
                    "Het perspectief is passend, maar de ambitie wordt niet uitgelegd.",
                    "Het perspectief is hoog maar haalbaar en dat wordt uitgelegd."),
            item(
                    "BEHOEFTEN_UIT_FACTOREN",
                    FACTORS,
                    "De ondersteuningsbehoeften volgen uit de factoren.",
                    "Behoeften ontbreken of hebben geen verband met de factoren.",
                    "Een deel van de behoeften volgt uit de factoren.",
                    "Elke behoefte is terug te voeren op een beschreven factor."),
            item(
                    "DOELEN_DOMEINEN",
                    HANDELINGSDEEL,
                    "De doelen dekken leren, gedrag en randvoorwaarden waar dat relevant is.",
                    "Doelen ontbreken voor domeinen waar de factoren om vragen.",
                    "De belangrijkste domeinen hebben doelen, andere relevante niet.",
                    "Elk relevant domein heeft een doel."),
            item(
                    "DOELEN_SMARTI",
                    HANDELINGSDEEL,
                    "De doelen zijn SMART(I).",
                    "De doelen zijn vaag: niet meetbaar en zonder termijn.",
                    "Een deel van de doelen is meetbaar en tijdgebonden.",
                    "Alle doelen zijn specifiek, meetbaar, haalbaar, realistisch, tijdgebonden en inspirerend."),
            item(
                    "INTERVENTIES_PASSEND",
                    HANDELINGSDEEL,
                    "De interventies passen bij de doelen en zeggen wie wat doet (leraar, ouders, leerling).",
                    "Interventies ontbreken of horen bij geen doel.",
                    "Interventies passen bij de doelen, maar wie wat doet is onduidelijk.",
                    "Elk doel heeft passende interventies met een uitvoerder en frequentie."),
            item(
                    "AFSPRAKEN_VASTGELEGD",
                    HANDELINGSDEEL,
                    "Afspraken tussen school, ouders en leerling zijn vastgelegd.",
                    "Er zijn geen afspraken vastgelegd.",
                    "Er zijn afspraken, maar niet met alle partijen.",
                    "Afspraken met school, ouders en leerling staan er concreet in."),
            item(
                    "INSTEMMING_OUDERS",
                    PROCESS,
                    "De instemming van ouders met het handelingsdeel is vastgelegd, na een gesprek.",
                    "Geen instemming vastgelegd.",
                    "Instemming vastgelegd, maar zonder verslag van het gesprek.",
                    "Instemming vastgelegd met wie sprak, wanneer, uitkomst en afspraken."),
            item(
                    "STEM_LEERLING",
                    PROCESS,
                    "Het perspectief van de leerling is leesbaar in het OPP (hoorrecht).",
                    "De stem van de leerling ontbreekt.",
                    "Er staat iets over de leerling, niet in diens eigen woorden.",
                    "De visie van de leerling staat er, herkenbaar in eigen woorden."),
            item(
                    "MONITORING_GEREGELD",
                    PROCESS,
                    "Monitoring en registratie van ondersteuning en doelen zijn geregeld.",
                    "Niet beschreven hoe en wanneer gevolgd wordt.",
                    "Monitoring is genoemd, maar niet wie en wanneer.",
                    "Wie wat wanneer registreert is duidelijk en wordt bijgehouden."),
            item(
                    "EVALUATIE_TIJDIG",
                    PROCESS,
                    "Evaluatie is gepland (minstens jaarlijks) en op tijd gedaan.",
                    "Geen evaluatie gepland of de termijn is verstreken.",
                    "Evaluatie gepland, maar nog niet of te laat uitgevoerd.",
                    "Evaluatie met ouders is op tijd gedaan en het OPP is bijgesteld."),
            item(
                    "BINNEN_ZES_WEKEN",
                    PROCESS,
                    "Het OPP is binnen 6 weken vastgesteld.",
                    "Ruim na de termijn of niet vastgesteld.",
                    "Enkele dagen tot weken na de termijn vastgesteld.",
                    "Binnen 6 weken na inschrijving of start van de extra ondersteuning vastgesteld."),
            item(
                    "BEKNOPT",
                    FORM,
                    "Beknopt: hoogstens 5 A4 als het wordt afgedrukt; alleen actuele informatie.",
                    "Meer dan 5 A4 of vol verouderde informatie.",
                    "Binnen 5 A4, maar met overbodige of verouderde informatie.",
                    "Kort (streven 2 A4) en alleen actuele informatie."),
            item(
                    "BEGRIJPELIJK",
                    FORM,
                    "Begrijpelijk voor ouders (eenvoudige taal, ongeveer B1-niveau).",
                    "Vol vakjargon en afkortingen.",
                    "Grotendeels begrijpelijk, met enkele moeilijke passages.",
                    "Helder en in eenvoudige taal geschreven."));

    private DefaultChecklist() {}

    private static ChecklistItem item(
            String code, ChecklistPart part, String statement, String l0, String l1, String l2) {
        return new ChecklistItem(code, part, statement, l0, l1, l2);
    }
}
