package nl.uitzicht.ui.opp;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.goallibrary.LibraryGoal;
import nl.uitzicht.opp.EarlierPlan;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.StartingPoint;
import nl.uitzicht.opptemplate.OppTemplate;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.ui.UitzichtI18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Reuse without a browser (ADR 0081): the start dialog's choice of starting point, and picking two goals from the
 * demo region's goal library in the handelingsdeel, adapting their text before they are added.
 */
@AppTest
@Tag("browserless")
class ReuseBrowserlessTest extends SpringBrowserlessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 12);
    static final PupilSummary PUPIL = new PupilSummary(
            UUID.randomUUID(), UUID.randomUUID(), "Sam", 2017, "5", LocalDate.of(2026, 8, 24), null, 3);
    static final OppTemplate TEMPLATE = new OppTemplate(
            UUID.randomUUID(),
            null,
            "Dyslexie groep 4-6",
            FactorDomain.LEARNING,
            null,
            List.of(),
            List.of(),
            List.of("Leest AVI E5"),
            List.of(),
            "",
            false,
            0);

    @Autowired
    TestSignIn signIn;

    @Autowired
    OppPlans plans;

    @Autowired
    PupilRegister pupils;

    @Autowired
    StaffScopes scopes;

    @Autowired
    nl.uitzicht.opptemplate.OppTemplates templates;

    @BeforeEach
    void dutch() {
        UI.getCurrent().setLocale(UitzichtI18n.DUTCH);
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private Button button(String id) {
        return find(Button.class).id(id);
    }

    @Test
    void theStartDialogOffersThePreviousPlanAndTheTemplatesAndSubmitsTheChoice() {
        List<StartOppDialog.Choice> submitted = new ArrayList<>();
        StartOppDialog dialog = new StartOppDialog(
                PUPIL,
                TODAY,
                null,
                new EarlierPlan(UUID.randomUUID(), LocalDate.of(2026, 7, 10)),
                List.of(TEMPLATE),
                (date, from, fields) -> submitted.add(from));
        dialog.open();

        assertThat(dialog.from.getListDataView().getItems())
                .containsExactly(
                        StartingPoint.Kind.EMPTY, StartingPoint.Kind.PREVIOUS_PLAN, StartingPoint.Kind.TEMPLATE);
        assertThat(dialog.from.getItemLabelGenerator().apply(StartingPoint.Kind.PREVIOUS_PLAN))
                .isEqualTo("Het vorige OPP van deze leerling (afgesloten op 10-07-2026)");
        assertThat(dialog.from.getValue()).isEqualTo(StartingPoint.Kind.EMPTY);
        assertThat(dialog.template.isVisible()).isFalse();

        // A template without picking one: the dialog stays open and says which field.
        dialog.from.setValue(StartingPoint.Kind.TEMPLATE);
        assertThat(dialog.template.isVisible()).isTrue();
        test(button("opp-start-confirm")).click();
        assertThat(dialog.template.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(submitted).isEmpty();

        assertThat(dialog.template.getItemLabelGenerator().apply(TEMPLATE)).isEqualTo("Dyslexie groep 4-6 (regio)");
        dialog.template.setValue(TEMPLATE);
        test(button("opp-start-confirm")).click();
        assertThat(submitted).containsExactly(new StartOppDialog.Choice(StartingPoint.Kind.TEMPLATE, TEMPLATE.id()));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void withoutTemplatesThePreviousPlanCanBeChosen() {
        List<StartOppDialog.Choice> submitted = new ArrayList<>();
        StartOppDialog again = new StartOppDialog(
                PUPIL,
                TODAY,
                null,
                new EarlierPlan(UUID.randomUUID(), LocalDate.of(2026, 7, 10)),
                List.of(),
                (date, from, fields) -> submitted.add(from));
        again.open();
        assertThat(again.from.getListDataView().getItems())
                .containsExactly(StartingPoint.Kind.EMPTY, StartingPoint.Kind.PREVIOUS_PLAN);
        again.from.setValue(StartingPoint.Kind.PREVIOUS_PLAN);
        test(button("opp-start-confirm")).click();
        assertThat(submitted).last().isEqualTo(new StartOppDialog.Choice(StartingPoint.Kind.PREVIOUS_PLAN, null));
    }

    @Test
    void withNothingToStartFromTheDialogOnlyAsksTheDate() {
        StartOppDialog dialog = new StartOppDialog(PUPIL, TODAY, null, null, List.of(), (date, from, fields) -> true);
        dialog.open();
        assertThat(dialog.from.getParent()).isEmpty();
    }

    @Test
    void staffPickTwoGoalsFromTheLibraryAndAdaptThemBeforeTheyAreAdded() {
        signIn.as("ib@waterlinie.demo");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        StaffScope scope = scopes.current();
        UUID school = scope.schoolIds().iterator().next();
        LocalDate enrolled = LocalDate.now().minusWeeks(1);
        UUID pupil = pupils.register(
                        scope, school, new PupilInput("Doelenbank " + UUID.randomUUID(), 2017, "5", enrolled, null))
                .id();
        OppPlan plan = plans.start(scope, pupil, enrolled);
        navigate(OppEditorView.class, plan.id().toString());

        pick("Lezen, spelling en dyslexie", 0, "Leest over 12 weken", "Leest over 10 weken");
        pick("Rekenen en dyscalculie", 1, "Kent over 8 weken", "Kent over 6 weken");

        List<Goal> goals =
                plans.open(scope, plan.id()).content().handelingsdeel().goals();
        assertThat(goals).hasSize(2);
        assertThat(goals.get(0).description()).startsWith("Leest over 10 weken");
        assertThat(goals.get(1).description()).startsWith("Kent over 6 weken");
        assertThat(goals).allSatisfy(g -> assertThat(g.measure()).isNotBlank());

        // The plan proposed as a school template: its goals, one a line, to check and save.
        test(button("opp-as-template")).click();
        TextArea templateGoals = find(TextArea.class).id("template-goals");
        assertThat(templateGoals.getValue().lines())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("Leest over 10 weken");
        test(button("template-save")).click();
        assertThat(templates.schoolTemplates(scope))
                .anySatisfy(
                        t -> assertThat(t.goals()).hasSize(2).first().asString().startsWith("Leest over 10 weken"));
    }

    /** Opens the library, picks the goal in this category whose text starts so, adapts it and adds it. */
    private void pick(String category, int alreadyAdded, String startsWith, String adaptedStart) {
        find(TabSheet.class).id("opp-tabs").setSelectedIndex(2);
        test(button("goal-library")).click();
        GoalPickerDialog dialog = find(GoalPickerDialog.class).single();
        assertThat(button("goal-library-use").isEnabled()).isFalse();
        test(dialog.category).selectItem(category);
        LibraryGoal goal = dialog.goals
                .getListDataView()
                .getItems()
                .filter(g -> g.goalText().startsWith(startsWith))
                .findFirst()
                .orElseThrow();
        dialog.goals.setValue(goal);
        test(button("goal-library-use")).click();
        assertThat(dialog.isOpened()).isFalse();

        TextArea description = find(TextArea.class).id("goal-description");
        assertThat(description.getValue()).isEqualTo(goal.goalText());
        assertThat(find(Paragraph.class).id("goal-library-examples").getText())
                .startsWith("Voorbeelden van interventies");
        test(description).setValue(goal.goalText().replace(startsWith, adaptedStart));
        roundTrip();
        test(button("goal-add")).click();
        assertThat(plans.open(scopes.current(), currentPlanId())
                        .content()
                        .handelingsdeel()
                        .goals())
                .hasSize(alreadyAdded + 1);
    }

    private UUID currentPlanId() {
        return ((OppEditorView) getCurrentView()).plan().id();
    }
}
