package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.pupil.PupilSummary;
import org.junit.jupiter.api.Test;

/** The parents' version of the plan as XHTML: all three parts and the pupil's view, in Dutch, text escaped. */
class OppDocumentTemplateTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static OppPlan plan(OppState state, OppContent content, String pupilName) {
        return new OppPlan(
                UUID.randomUUID(),
                new PupilSummary(UUID.randomUUID(), UUID.randomUUID(), pupilName, 2015, "7", START, null, 0),
                UUID.randomUUID(),
                state,
                new Deadlines(START, Deadlines.setByFor(START), null, null),
                0,
                content);
    }

    private static String render(OppPlan plan) {
        return new OppDocumentTemplate()
                .render(
                        plan,
                        "De Regenboog",
                        Map.of(ContentFixture.CATEGORY, "Lezen, spelling en dyslexie"),
                        LocalDate.of(2026, 2, 3));
    }

    @Test
    void theDocumentHoldsTheThreeLegalPartsAndThePupilsView() {
        String html = render(plan(OppState.DRAFT, ContentFixture.complete(), "Sanne"));
        assertThat(html)
                .contains(
                        "Ontwikkelingsperspectiefplan (OPP)",
                        "1. Belemmerende en bevorderende factoren",
                        "Sanne leest traag",
                        "Betrokken ouders",
                        "Gezien het leestempo",
                        "AVI E5 halen",
                        "Dagelijks samen lezen",
                        "Lezen, spelling en dyslexie",
                        "Thuis 10 minuten lezen",
                        "Ik wil beter lezen.",
                        "De Regenboog",
                        "3 februari 2026");
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>");
    }

    @Test
    void withoutConsentTheDocumentSaysSo() {
        assertThat(render(plan(OppState.AWAITING_CONSENT, ContentFixture.complete(), "Sanne")))
                .contains("Nog geen instemming van ouders");
        OppContent c = ContentFixture.complete();
        OppContent consented = new OppContent(
                1,
                c.createdAt(),
                LocalDate.of(2026, 2, 1),
                c.factors(),
                c.perspective(),
                c.handelingsdeel(),
                c.pupilView(),
                c.pupilHeardOn());
        assertThat(render(plan(OppState.ACTIVE, consented, "Sanne")))
                .contains("1 februari 2026")
                .doesNotContain("Nog geen instemming van ouders");
    }

    @Test
    void anEmptyPartSaysItIsNotFilledIn() {
        OppContent empty = ContentFixture.with(
                List.of(), ContentFixture.noPerspective(), new Handelingsdeel(List.of(), List.of(), List.of()), "");
        assertThat(render(plan(OppState.DRAFT, empty, "Sanne"))).contains("Nog niet ingevuld.");
    }

    @Test
    void textFromTheFormIsEscapedSoItCannotAddMarkup() {
        OppContent c = ContentFixture.complete();
        OppContent nasty = new OppContent(
                1,
                c.createdAt(),
                null,
                c.factors(),
                c.perspective(),
                c.handelingsdeel(),
                "<script>alert(1)</script> & \"zo\"",
                null);
        String html = render(plan(OppState.DRAFT, nasty, "<b>Sanne</b>"));
        assertThat(html)
                .doesNotContain("<script>", "<b>Sanne</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;zo&quot;", "&lt;b&gt;Sanne&lt;/b&gt;");
    }
}
