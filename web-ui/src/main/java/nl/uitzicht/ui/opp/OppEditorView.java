package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.IllegalTransitionException;
import nl.uitzicht.opp.IncompletePlanException;
import nl.uitzicht.opp.NotEditableException;
import nl.uitzicht.opp.OppConflictException;
import nl.uitzicht.opp.OppDocuments;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppMonitoring;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One OPP: a header with the workflow step, its clocks, its length and the PDF; below it one tab per
 * part. Every save sends the version this screen saw; a conflict shows a banner to reload.
 * Reaching another school's OPP by URL answers "not found".
 */
@Route(value = "opp/plan", layout = MainLayout.class)
@RolesAllowed(Role.SCHOOL_STAFF_NAME)
class OppEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final OppPlans plans;
    final OppEditor editor;
    final OppWorkflow workflow;
    final OppMonitoring monitoring;
    final OppDocuments documents;
    final SupportCategories categories;
    final StaffScope scope;

    private OppPlan plan;
    private nl.uitzicht.opp.@org.jspecify.annotations.Nullable OppHistory history;
    private final Div banner = new Div();
    private final Div header = new Div();
    private final TabSheet tabs = new TabSheet();
    private final Clock clock;

    OppEditorView(
            OppPlans plans,
            OppEditor editor,
            OppWorkflow workflow,
            OppMonitoring monitoring,
            OppDocuments documents,
            SupportCategories categories,
            StaffScopes scopes,
            Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.editor = editor;
        this.workflow = workflow;
        this.monitoring = monitoring;
        this.documents = documents;
        this.categories = categories;
        this.scope = scopes.current();
        addClassNames("page", "opp-editor");
        banner.setId("opp-conflict");
        banner.addClassName("opp-conflict");
        banner.setVisible(false);
        tabs.setWidthFull();
        tabs.setId("opp-tabs");
        add(banner, header, tabs);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            plan = plans.open(scope, UUID.fromString(parameter));
        } catch (OutOfScopeException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    OppPlan plan() {
        return plan;
    }

    /** Today in the application's clock, for the sections' date pickers. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Conversations, monitoring, evaluations and versions: read once per rendering (one audit record). */
    nl.uitzicht.opp.OppHistory history() {
        if (history == null) {
            history = plans.history(scope, plan.id());
        }
        return history;
    }

    /** Runs a change with the version this screen saw; re-renders on success. True when saved. */
    boolean change(LongFunction<OppPlan> action, Map<String, ? extends HasValidation> fields) {
        InputErrors.clear(fields);
        try {
            plan = action.apply(plan.version());
            Notices.success(getTranslation("opp.saved"));
            render();
            return true;
        } catch (InvalidInput e) {
            InputErrors.show(this, e, fields);
        } catch (OppConflictException | OptimisticLockingFailureException e) {
            showConflict();
        } catch (IncompletePlanException e) {
            Notices.error(getTranslation("opp.error.incomplete") + " "
                    + e.missing().stream().map(this::getTranslation).collect(Collectors.joining(", ")));
        } catch (IllegalTransitionException e) {
            Notices.error(getTranslation(
                    "opp.error.transition",
                    getTranslation("opp.state." + e.from()),
                    getTranslation("opp.state." + e.to())));
        } catch (NotEditableException e) {
            Notices.error(getTranslation("opp.error.notEditable", getTranslation("opp.state." + e.state())));
        }
        return false;
    }

    /** For additions that do not change the plan's version (monitoring): re-render after. */
    void reload() {
        plan = plans.open(scope, plan.id());
        banner.setVisible(false);
        render();
    }

    private void showConflict() {
        banner.removeAll();
        Button reload = new Button(getTranslation("opp.conflict.reload"), VaadinIcon.REFRESH.create(), e -> reload());
        reload.setId("opp-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        banner.add(new Span(getTranslation("opp.error.conflict")), reload);
        banner.setVisible(true);
    }

    private void render() {
        int selected = Math.max(0, tabs.getSelectedIndex());
        history = null;
        header.removeAll();
        header.add(new OppHeader(this));
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        tabs.add(getTranslation("opp.tab.factors"), new FactorsSection(this));
        tabs.add(getTranslation("opp.tab.perspective"), new PerspectiveSection(this));
        tabs.add(getTranslation("opp.tab.handelingsdeel"), new HandelingsdeelSection(this));
        tabs.add(getTranslation("opp.tab.pupilView"), new PupilViewSection(this));
        tabs.add(getTranslation("opp.tab.conversations"), new ConversationsSection(this));
        tabs.add(getTranslation("opp.tab.monitoring"), new MonitoringSection(this));
        tabs.add(getTranslation("opp.tab.evaluation"), new EvaluationSection(this));
        tabs.add(getTranslation("opp.tab.versions"), new VersionsSection(this));
        tabs.add(getTranslation("parent.voices.tab"), new nl.uitzicht.ui.parent.ParentVoicesPanel(scope, plan));
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
    }

    static Span fact(String text) {
        Span s = new Span(text);
        s.addClassName("opp-fact");
        return s;
    }

    /** A section's paragraph telling why it cannot be edited in this state. */
    Paragraph frozenNote() {
        Paragraph p = PageText.muted(getTranslation("opp.frozen", getTranslation("opp.state." + plan.state())));
        return p;
    }

    boolean editable() {
        return plan.state().editable();
    }

    boolean is(OppState state) {
        return plan.state() == state;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                "app.title",
                plan == null
                        ? getTranslation("opp.list.title")
                        : getTranslation("opp.editor.title", plan.pupil().name()));
    }
}
