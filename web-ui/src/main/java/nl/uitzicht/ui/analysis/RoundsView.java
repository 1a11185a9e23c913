package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.analysis.Analyst;
import nl.uitzicht.analysis.Checklist;
import nl.uitzicht.analysis.Checklists;
import nl.uitzicht.analysis.RoundSummary;
import nl.uitzicht.analysis.ScoringRounds;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppReference;
import nl.uitzicht.opp.OppReviewCopies;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.UnsavedChanges;
import nl.uitzicht.validation.InvalidInput;

/** The scoring rounds the person takes part in; organisers (trainers, region admins) start new ones here. */
@Route(value = "analyse", layout = MainLayout.class)
@Menu(title = "analysis.nav.rounds", order = 40, icon = "vaadin:check-square-o")
@RolesAllowed({Role.TRAINER_NAME, Role.REGION_ADMIN_NAME, Role.SCHOOL_STAFF_NAME})
class RoundsView extends FreshPage implements HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final ScoringRounds rounds;
    private Analyst analyst;
    private final UnsavedChanges changes = new UnsavedChanges(this);

    private final Checklists checklists;
    private final OppReviewCopies opps;
    private final SchoolDirectory schools;
    private final AccountDirectory accounts;
    private final Analysts analysts;

    RoundsView(
            ScoringRounds rounds,
            Checklists checklists,
            OppReviewCopies opps,
            SchoolDirectory schools,
            AccountDirectory accounts,
            Analysts analysts) {
        this.rounds = rounds;
        this.checklists = checklists;
        this.opps = opps;
        this.schools = schools;
        this.accounts = accounts;
        this.analysts = analysts;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        this.analyst = analysts.current();
        addClassName("page");
        add(new H1(getTranslation("analysis.rounds.title")));
        Paragraph intro = PageText.muted(getTranslation("analysis.rounds.intro"));
        add(intro);
        List<RoundSummary> mine = rounds.list(analyst);
        Div listCard = new Div();
        listCard.addClassNames("card", "analysis-wide");
        listCard.add(new H2(getTranslation("analysis.rounds.list")));
        if (mine.isEmpty()) {
            listCard.add(new Paragraph(getTranslation("analysis.rounds.empty")));
        } else {
            Grid<RoundSummary> grid = new Grid<>();
            grid.setId("analysis-rounds");
            grid.setAllRowsVisible(true);
            grid.addColumn(RoundSummary::name)
                    .setHeader(getTranslation("analysis.round.name"))
                    .setAutoWidth(true);
            grid.addColumn(r -> r.oppIds().size()).setHeader(getTranslation("analysis.round.opps"));
            grid.addColumn(r -> r.raters().stream()
                                    .filter(RoundSummary.RaterStatus::submitted)
                                    .count() + " / " + r.raters().size())
                    .setHeader(getTranslation("analysis.round.submitted"));
            grid.addColumn(r -> r.youRate()
                            ? getTranslation(r.youSubmitted() ? "analysis.round.youDone" : "analysis.round.youToDo")
                            : getTranslation("analysis.round.youOrganise"))
                    .setHeader(getTranslation("analysis.round.you"));
            grid.addColumn(r -> DATE.format(r.createdAt().atZone(java.time.ZoneId.systemDefault())))
                    .setHeader(getTranslation("analysis.round.created"));
            grid.setItems(mine);
            grid.addItemClickListener(e -> getUI().ifPresent(
                            ui -> ui.navigate(RoundView.class, e.getItem().id().toString())));
            listCard.add(grid);
        }
        add(listCard);
        if (analyst.organiser()) {
            add(newRoundForm(checklists, opps, schools, accounts));
        }
    }

    private Div newRoundForm(
            Checklists checklists, OppReviewCopies opps, SchoolDirectory schools, AccountDirectory accounts) {
        Div card = new Div();
        card.addClassNames("card", "analysis-wide");
        card.setId("analysis-new-round");
        card.add(new H2(getTranslation("analysis.round.new")));
        TextField name = new TextField(getTranslation("analysis.round.name"));
        name.setId("round-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        name.setWidthFull();
        Select<Checklist> checklist = new Select<>();
        checklist.setLabel(getTranslation("analysis.round.checklist"));
        checklist.setId("round-checklist");
        List<Checklist> current = checklists.current();
        checklist.setItems(current);
        checklist.setItemLabelGenerator(c -> getTranslation("analysis.checklist.label", c.name(), c.versionNo()));
        checklist.setValue(current.getFirst());
        Map<UUID, String> schoolNames = new HashMap<>();
        schools.all().forEach(s -> schoolNames.put(s.id(), s.name()));
        List<OppReference> candidates = opps.candidates();
        MultiSelectComboBox<OppReference> oppBox = new MultiSelectComboBox<>(getTranslation("analysis.round.opps"));
        oppBox.setId("round-opps");
        oppBox.setItems(candidates);
        oppBox.setItemLabelGenerator(o -> getTranslation(
                "analysis.round.oppLabel",
                schoolNames.getOrDefault(o.schoolId(), "?"),
                getTranslation("opp.state." + o.state()),
                DATE.format(o.supportStartedOn())));
        oppBox.setWidthFull();
        oppBox.setHelperText(getTranslation("analysis.round.oppsHelp"));
        TextArea raters = new TextArea(getTranslation("analysis.round.raters"));
        raters.setId("round-raters");
        raters.setHelperText(getTranslation("analysis.round.ratersHelp"));
        raters.setWidthFull();
        RadioButtonGroup<Integer> threshold = new RadioButtonGroup<>(getTranslation("analysis.round.threshold"));
        threshold.setId("round-threshold");
        threshold.setItems(2, 1);
        threshold.setItemLabelGenerator(t -> getTranslation("analysis.round.threshold." + t));
        threshold.setValue(2);
        changes.watch(name, checklist, oppBox, raters, threshold);
        Button start = new Button(getTranslation("analysis.round.start"), e -> {
            name.setInvalid(false);
            oppBox.setInvalid(false);
            raters.setInvalid(false);
            List<UUID> raterIds = new ArrayList<>();
            for (String line : raters.getValue().split("[\\s,;]+")) {
                if (line.isBlank()) {
                    continue;
                }
                var account = accounts.findByEmail(line.trim()).map(AccountSummary::id);
                if (account.isEmpty()) {
                    raters.setErrorMessage(getTranslation("analysis.error.unknownEmail", line.trim()));
                    raters.setInvalid(true);
                    return;
                }
                raterIds.add(account.get());
            }
            try {
                RoundSummary round = rounds.start(
                        analyst,
                        name.getValue(),
                        checklist.getValue().id(),
                        oppBox.getValue().stream().map(OppReference::id).toList(),
                        raterIds,
                        threshold.getValue());
                changes.saved();
                getUI().ifPresent(ui -> ui.navigate(RoundView.class, round.id().toString()));
            } catch (InvalidInput ex) {
                InputErrors.show(this, ex, Map.of("name", name, "opps", oppBox, "raters", raters));
            }
        });
        start.setId("round-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(name, checklist, oppBox, raters, threshold, start);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("analysis.rounds.title"));
    }

    static String schoolName(List<SchoolSummary> schools, UUID id) {
        return schools.stream()
                .filter(s -> s.id().equals(id))
                .map(SchoolSummary::name)
                .findFirst()
                .orElse("?");
    }
}
