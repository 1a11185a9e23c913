package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import nl.uitzicht.analysis.Analyst;
import nl.uitzicht.analysis.Comparison;
import nl.uitzicht.analysis.OppUploads;
import nl.uitzicht.analysis.RoundSummary;
import nl.uitzicht.analysis.ScoresHiddenException;
import nl.uitzicht.analysis.ScoringRounds;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.Latin1Html;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.validation.InvalidInput;

/** One round: the rater's own scoring sheet until they submit, then the comparison with consensus. */
@Route(value = "analyse/ronde", layout = MainLayout.class)
@RolesAllowed({Role.TRAINER_NAME, Role.REGION_ADMIN_NAME, Role.SCHOOL_STAFF_NAME})
class RoundView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ScoringRounds rounds;
    private final OppUploads uploads;
    private final SchoolDirectory schools;
    private final Analysts analysts;
    private Analyst analyst;
    private UUID roundId;

    RoundView(ScoringRounds rounds, OppUploads uploads, SchoolDirectory schools, Analysts analysts) {
        this.rounds = rounds;
        this.uploads = uploads;
        this.schools = schools;
        this.analysts = analysts;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        analyst = analysts.current();
        try {
            roundId = UUID.fromString(parameter);
            render();
        } catch (IllegalArgumentException | InvalidInput e) {
            removeAll();
            add(
                    new H1(getTranslation("analysis.rounds.title")),
                    new Paragraph(getTranslation("analysis.error.roundNotFound")));
        }
    }

    void render() {
        removeAll();
        RoundSummary round = rounds.get(analyst, roundId);
        add(new H1(round.name()));
        // Read-only facts as the markup of one element each, not a component per fact (issue 13).
        Div facts = new Div();
        facts.addClassName("analysis-facts");
        facts.getElement()
                .setProperty(
                        "innerHTML",
                        AgreementSection.fact(
                                        null,
                                        getTranslation(
                                                "analysis.checklist.label",
                                                round.checklistName(),
                                                round.checklistVersionNo()))
                                + AgreementSection.fact(
                                        null, getTranslation("analysis.round.organisedBy", round.organiserName()))
                                + AgreementSection.fact(
                                        null,
                                        getTranslation("analysis.round.threshold." + round.divergenceThreshold())));
        add(facts);
        Div raters = new Div();
        raters.setId("round-rater-status");
        raters.addClassName("analysis-facts");
        StringBuilder status = new StringBuilder();
        for (RoundSummary.RaterStatus r : round.raters()) {
            status.append("<span class=\"")
                    .append(r.submitted() ? "analysis-done" : "analysis-busy")
                    .append("\">")
                    .append(Latin1Html.escape(r.name() + ": "
                            + getTranslation(r.submitted() ? "analysis.rater.submitted" : "analysis.rater.busy")))
                    .append("</span>");
        }
        raters.getElement().setProperty("innerHTML", status.toString());
        add(raters);
        boolean manages = round.youOrganise() || analyst.roles().contains(Role.REGION_ADMIN);
        if (manages && round.raters().stream().noneMatch(RoundSummary.RaterStatus::submitted)) {
            // OPPs written elsewhere join the round until the first rater hands in (ADR 0096)
            add(new UploadSection(uploads, analyst, roundId, schools.all()));
        }
        if (round.youRate() && !round.youSubmitted()) {
            add(new ScoreSheetSection(rounds, uploads, analyst, roundId, this::render));
            return;
        }
        try {
            Comparison comparison = rounds.compare(analyst, roundId);
            add(new AgreementSection(comparison), new ComparisonSection(rounds, analyst, comparison, this::render));
        } catch (ScoresHiddenException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
        }
        if (round.youOrganise()) {
            Button close = new Button(getTranslation("analysis.round.close"), e -> {
                rounds.close(analyst, roundId);
                Notices.success(getTranslation("analysis.round.closed"));
            });
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(close);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("analysis.round.title"));
    }
}
