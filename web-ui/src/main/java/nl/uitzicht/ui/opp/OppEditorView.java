package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.Component;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import nl.uitzicht.goallibrary.GoalLibrary;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.IllegalTransitionException;
import nl.uitzicht.opp.IncompletePlanException;
import nl.uitzicht.opp.NotEditableException;
import nl.uitzicht.opp.OppConflictException;
import nl.uitzicht.opp.OppDocuments;
import nl.uitzicht.opp.OppDrafts;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppLifecycle;
import nl.uitzicht.opp.OppMonitoring;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.opptemplate.OppTemplates;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.parent.ParentVoicesPanel;
import nl.uitzicht.ui.request.PlanRequestsPanel;
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
    final OppLifecycle lifecycle;
    final OppMonitoring monitoring;
    final OppDocuments documents;
    final SupportCategories categories;
    final GoalLibrary library;
    final OppTemplates templates;
    private final StaffScopes scopes;
    /** The caller's scope, read at each entry: Vaadin may show this editor again for another plan or person. */
    StaffScope scope;

    private OppPlan plan;
    private nl.uitzicht.opp.@org.jspecify.annotations.Nullable OppHistory history;
    private final Div banner = new Div();
    private final Div header = new Div();
    private final TabSheet tabs = new TabSheet();
    private final List<Div> panes = new ArrayList<>();
    private final Clock clock;
    private final DraftKeeper drafts;

    OppEditorView(
            OppPlans plans,
            OppEditor editor,
            OppWorkflow workflow,
            OppLifecycle lifecycle,
            OppMonitoring monitoring,
            OppDocuments documents,
            SupportCategories categories,
            GoalLibrary library,
            OppTemplates templates,
            StaffScopes scopes,
            OppDrafts drafts,
            Clock clock) {
        this.clock = clock;
        this.drafts = new DraftKeeper(this, drafts, clock);
        this.plans = plans;
        this.editor = editor;
        this.workflow = workflow;
        this.lifecycle = lifecycle;
        this.monitoring = monitoring;
        this.documents = documents;
        this.categories = categories;
        this.library = library;
        this.templates = templates;
        this.scopes = scopes;
        addClassNames("page", "opp-editor");
        banner.setId("opp-conflict");
        banner.addClassName("opp-conflict");
        banner.setVisible(false);
        tabs.setWidthFull();
        tabs.setId("opp-tabs");
        tabs.addSelectedChangeListener(e -> showSelectedTab());
        add(banner, this.drafts.component(), header, tabs);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        scope = scopes.current();
        banner.setVisible(false);
        try {
            plan = plans.open(scope, UUID.fromString(parameter));
        } catch (OutOfScopeException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
        drafts.offer();
    }

    /** Unsaved text in the editor's text fields, kept as drafts on the server. */
    DraftKeeper drafts() {
        return drafts;
    }

    OppPlan plan() {
        return plan;
    }

    /** Today in the application's clock, for the sections' date pickers. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Conversations, monitoring, evaluations and versions: read once per section built (one audit record). */
    nl.uitzicht.opp.OppHistory history() {
        if (history == null) {
            history = plans.history(scope, plan.id());
        }
        return history;
    }

    /**
     * Runs a change with the version this screen saw; re-renders on success. True when saved. The
     * confirmation names the change number the server returned (the service's transaction has committed
     * when it returns), so it belongs to this save and no other (ADR 0072).
     */
    boolean change(LongFunction<OppPlan> action, Map<String, ? extends HasValidation> fields) {
        return change(action, fields, saved -> getTranslation("opp.savedAs", saved.version(), saved.versionNo()));
    }

    /** As {@link #change(LongFunction, Map)}, confirmed with {@code confirmation} of the saved plan. */
    boolean change(
            LongFunction<OppPlan> action,
            Map<String, ? extends HasValidation> fields,
            Function<OppPlan, String> confirmation) {
        InputErrors.clear(fields);
        drafts.saving();
        try {
            plan = action.apply(plan.version());
            drafts.saved(fields.values());
            Notices.success(confirmation.apply(plan));
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

    /**
     * The header now, the tabs' sections when their tab is selected: a section is built on first view and
     * kept until the next rendering (after a save). One section, not eight, per opened OPP (issue 13).
     */
    private void render() {
        int selected = Math.max(0, tabs.getSelectedIndex());
        history = null;
        header.removeAll();
        header.add(new OppHeader(this));
        if (panes.isEmpty()) {
            for (Part part : Part.values()) {
                Div pane = new Div();
                pane.addClassName("opp-tab-pane");
                pane.setWidthFull();
                panes.add(pane);
                // a tab's section stays as it is while another tab is shown: what is typed there still counts
                drafts.changes().countWhileHidden(pane);
                tabs.add(getTranslation(part.key), pane);
            }
        } else {
            panes.forEach(Div::removeAll);
        }
        tabs.setSelectedIndex(Math.min(selected, panes.size() - 1));
        showSelectedTab();
    }

    /** Builds the selected tab's section unless it is there; the history read for it is not kept. */
    private void showSelectedTab() {
        int index = tabs.getSelectedIndex();
        if (index < 0 || index >= panes.size() || panes.get(index).getComponentCount() > 0) {
            return;
        }
        panes.get(index).add(Part.values()[index].section.apply(this));
        history = null;
    }

    /** The tabs in their order: the title's message key and the section. */
    private enum Part {
        FACTORS("opp.tab.factors", FactorsSection::new),
        PERSPECTIVE("opp.tab.perspective", PerspectiveSection::new),
        HANDELINGSDEEL("opp.tab.handelingsdeel", HandelingsdeelSection::new),
        PUPIL_VIEW("opp.tab.pupilView", PupilViewSection::new),
        CONVERSATIONS("opp.tab.conversations", ConversationsSection::new),
        MONITORING("opp.tab.monitoring", MonitoringSection::new),
        EVALUATION("opp.tab.evaluation", EvaluationSection::new),
        VERSIONS("opp.tab.versions", VersionsSection::new),
        PARENTS("parent.voices.tab", v -> new ParentVoicesPanel(v.scope, v.plan())),
        REQUESTS(
                "request.opp.tab",
                v -> new PlanRequestsPanel(
                        v.scope, v.plan().id(), v.plan().state().open()));

        final String key;
        final Function<OppEditorView, Component> section;

        Part(String key, Function<OppEditorView, Component> section) {
            this.key = key;
            this.section = section;
        }
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
