package nl.uitzicht.opp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Plan content for the unit tests of the OPP feature: complete, or with one part left out. */
final class ContentFixture {

    static final UUID HINDERING = UUID.randomUUID();
    static final UUID HELPING = UUID.randomUUID();
    static final UUID GOAL = UUID.randomUUID();
    static final UUID INTERVENTION = UUID.randomUUID();
    static final UUID CATEGORY = UUID.randomUUID();

    private ContentFixture() {}

    static List<Factor> factors() {
        return List.of(
                new Factor(HINDERING, FactorKind.HINDERING, FactorDomain.LEARNING, "Sanne leest traag"),
                new Factor(HELPING, FactorKind.HELPING, FactorDomain.HOME, "Betrokken ouders"));
    }

    static Uitstroomperspectief perspective() {
        return new Uitstroomperspectief(ExitDestination.VMBO_K, "Gezien het leestempo", List.of(HINDERING), "Leeshulp");
    }

    static Goal goal() {
        return new Goal(GOAL, FactorDomain.LEARNING, "AVI E5 halen", "AVI M4", "AVI-toets", LocalDate.of(2026, 6, 1));
    }

    static Intervention intervention() {
        return new Intervention(
                INTERVENTION,
                "Dagelijks samen lezen",
                Performer.TEACHER,
                "dagelijks",
                new UUID[] {GOAL},
                CATEGORY,
                SupportLevel.EXTRA);
    }

    static Handelingsdeel handelingsdeel() {
        return new Handelingsdeel(
                List.of(goal()),
                List.of(intervention()),
                List.of(new Agreement(UUID.randomUUID(), Party.PARENTS, "Thuis 10 minuten lezen")));
    }

    static OppContent complete() {
        return new OppContent(
                1,
                Instant.EPOCH,
                null,
                factors(),
                perspective(),
                handelingsdeel(),
                "Ik wil beter lezen.",
                LocalDate.of(2026, 1, 10));
    }

    static OppContent with(List<Factor> factors, Uitstroomperspectief perspective, Handelingsdeel h, String pupilView) {
        return new OppContent(1, Instant.EPOCH, null, factors, perspective, h, pupilView, null);
    }

    static Uitstroomperspectief noPerspective() {
        return new Uitstroomperspectief(null, "", List.of(), "");
    }
}
