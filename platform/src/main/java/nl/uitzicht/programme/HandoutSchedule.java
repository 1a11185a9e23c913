package nl.uitzicht.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The two-year schedule of the handout ("Train-de-trainer scholing, jaar 1 en 2"), every region's start. */
final class HandoutSchedule {

    private HandoutSchedule() {}

    static List<MeetingDraft> meetings() {
        return List.of(
                meeting(
                        MeetingKind.REGIONAL,
                        "Regiobijeenkomst",
                        "Regiobijeenkomsten april 2024",
                        "’23-‘24",
                        "Apr.",
                        "15-18"),
                meeting(
                        MeetingKind.TRAIN_THE_TRAINER,
                        "Train-de-trainer 1: Handreiking OPP & Inclusie",
                        """
                        Kennismaken en verwachtingen
                        Handreiking OPP & koppeling met inclusie
                        OPP gezamenlijk analyseren (bijlage 1)
                        Vragenlijst & Feedbackloop (onderzoek)
                        Acties/ activiteiten komende periode""",
                        "’24-‘25",
                        "Okt./ Nov.",
                        "13-17"),
                meeting(
                        MeetingKind.ONLINE_PRACTICE,
                        "Online 1: Praktijkbijeenkomst 1",
                        null,
                        "’24-‘25",
                        "Nov./ Dec.",
                        "15-17"),
                meeting(
                        MeetingKind.TRAIN_THE_TRAINER,
                        "Train-de-trainer 2: PO, ondersteuning & functioneel OPP",
                        """
                        FAQ (Passend onderwijs & ondersteuning)
                        Opstellen OPP (m.n. handelingsdeel)
                        Ondersteunen leraar OPP
                        Monitoren en evalueren
                        OPP-analyse & Feedbackloop (onderzoek)
                        Acties/ activiteiten komende periode""",
                        "’24-‘25",
                        "Feb./ Mrt.",
                        "13-17"),
                meeting(
                        MeetingKind.ONLINE_PRACTICE,
                        "Online 2: Praktijkbijeenkomst 2",
                        null,
                        "’24-‘25",
                        "Apr./ Mei",
                        "15-17"),
                meeting(
                        MeetingKind.TRAIN_THE_TRAINER,
                        "Train-de-trainer 3: Samenwerking bij functioneel OPP",
                        """
                        FAQ’s, Het beste besluit, Stakeholdersanalyse
                        Rollen, verantwoordelijkheden rondom OPP
                        Ouders & leerlingen betrekken
                        OPP & Context
                        Vragenlijst & Feedbackloop (onderzoek)
                        Acties/ activiteiten komende periode""",
                        "’25-‘26",
                        "Okt./ Nov.",
                        "13-17"),
                meeting(
                        MeetingKind.ONLINE_PRACTICE,
                        "Online 3: Praktijkbijeenkomst 3",
                        null,
                        "’25-‘26",
                        "Nov./ Dec.",
                        "15-17"),
                meeting(
                        MeetingKind.TRAIN_THE_TRAINER,
                        "Train-de-trainer 4: Van OPP naar Passend (inclusiever) Onderwijs",
                        """
                        FAQ’s, 25 verbeteringen Passend Onderwijs
                        Route naar Inclusiever onderwijs
                        OPP als spiegel voor de Basisondersteuning
                        OPP-analyse & Feedbackloop (onderzoek)
                        Acties/ activiteiten/ aanbevelingen komende jaren""",
                        "’25-‘26",
                        "Feb./ Mrt.",
                        "13-17"),
                meeting(
                        MeetingKind.ONLINE_PRACTICE,
                        "Online 4: Praktijkbijeenkomst 4",
                        null,
                        "’25-‘26",
                        "Apr./ Mei",
                        "15-17"),
                meeting(
                        MeetingKind.RETURN,
                        "Regiobijeenkomst Terugkom",
                        "Regiobijeenkomsten Nov. 2026",
                        "’26-‘27",
                        "Nov.",
                        "15-18"));
    }

    private static MeetingDraft meeting(
            MeetingKind kind, String title, @Nullable String topics, String year, String period, String hours) {
        return new MeetingDraft(kind, title, topics, year, period, hours, null);
    }
}
