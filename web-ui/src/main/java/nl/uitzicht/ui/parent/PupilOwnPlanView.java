package nl.uitzicht.ui.parent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.NotEditableException;
import nl.uitzicht.opp.PupilCopy;
import nl.uitzicht.opp.PupilOwnPlans;
import nl.uitzicht.opp.PupilWord;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.UnsavedChanges;
import nl.uitzicht.validation.InvalidInput;

/**
 * The pupil's own plan ("mijn plan", ADR 0087), on a parent's account when the school lets the pupil in:
 * large type, one column for a phone, plain words (A2/B1, je-vorm). What I am good at, what I want to
 * learn (each goal with my own words), what helps me, and what I want to say before the next conversation.
 * Whatever pupil id the address names, the service answers only for the parent's own child whose school
 * opened it; when the school closes it, the next click is refused and the page goes back to the start.
 */
@Route(value = "mijn-plan/:pupilId", layout = MainLayout.class)
@RolesAllowed(Role.PARENT_NAME)
class PupilOwnPlanView extends FreshPage implements HasDynamicTitle {

    static final String PUPIL = "pupilId";

    private final PupilOwnPlans plans;
    private final ParentScopes scopes;
    private ParentScope scope;
    private UUID pupilId = new UUID(0, 0);
    private String title = "";
    /** Words typed and not sent: leaving asks first (ADR 0108). */
    private final UnsavedChanges changes = new UnsavedChanges(this);

    PupilOwnPlanView(PupilOwnPlans plans, ParentScopes scopes) {
        this.plans = plans;
        this.scopes = scopes;
        addClassNames("page", "parent-page", "pupil-page");
        setPadding(false);
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        scope = scopes.current();
        Optional<PupilCopy> copy;
        try {
            pupilId = UUID.fromString(event.getRouteParameters().get(PUPIL).orElse(""));
            copy = plans.plan(scope, pupilId);
        } catch (OutOfScopeException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(copy);
    }

    private void show(Optional<PupilCopy> copy) {
        removeAll();
        title = getTranslation("ownplan.title");
        H1 heading = new H1(title);
        heading.setId("pupil-plan-title");
        add(backLink(), heading);
        if (copy.isEmpty()) {
            Paragraph none = PageText.muted(getTranslation("ownplan.none"));
            none.setId("pupil-plan-none");
            add(none);
            return;
        }
        PupilCopy plan = copy.get();
        add(new Paragraph(getTranslation("ownplan.intro", plan.pupilName())));
        add(goodAt(plan), goals(plan), helps(plan), say(plan));
    }

    private Div goodAt(PupilCopy plan) {
        Div section = section("pupil-good-at", "ownplan.goodAt.title");
        section.add(list(plan.goodAt()));
        return section;
    }

    private Div goals(PupilCopy plan) {
        Div section = section("pupil-goals", "ownplan.goals.title");
        section.add(new Paragraph(getTranslation("ownplan.goals.intro")));
        if (plan.goals().isEmpty()) {
            section.add(PageText.muted(getTranslation("ownplan.empty")));
        }
        // the listeners keep ids only, not the plan (light sessions)
        UUID oppId = plan.oppId();
        int n = 0;
        for (PupilCopy.MyGoal goal : plan.goals()) {
            n++;
            UUID goalKey = goal.key();
            Div item = new Div(new H3(goal.description()));
            item.addClassName("parent-item");
            item.setId("pupil-goal-" + n);
            if (goal.targetOn() != null) {
                item.add(new Paragraph(getTranslation("ownplan.goals.targetOn", Dates.of(this, goal.targetOn()))));
            }
            if (goal.myWords() != null) {
                Paragraph mine = new Paragraph(getTranslation("ownplan.goals.mine", goal.myWords()));
                mine.addClassName("pupil-own-words");
                item.add(mine);
            }
            if (plan.acceptsWords()) {
                TextArea words = textArea("ownplan.goals.words", "pupil-goal-words-" + n);
                words.setHelperText(getTranslation("ownplan.goals.words.helper"));
                item.add(words, sendButton("ownplan.goals.save", "pupil-goal-save-" + n, words, "goal", text -> {
                    plans.addGoalWords(scope, oppId, goalKey, text);
                }));
            }
            section.add(item);
        }
        return section;
    }

    private Div helps(PupilCopy plan) {
        Div section = section("pupil-helps", "ownplan.helps.title");
        if (plan.helps().isEmpty()) {
            section.add(PageText.muted(getTranslation("ownplan.empty")));
        }
        for (PupilCopy.MyHelp help : plan.helps()) {
            Div item = new Div(
                    new H3(help.description()),
                    new Paragraph(getTranslation("ownplan.helps.who." + help.performer())),
                    new Paragraph(getTranslation("ownplan.helps.howOften", help.frequency())));
            item.addClassName("parent-item");
            section.add(item);
        }
        return section;
    }

    private Div say(PupilCopy plan) {
        Div section = section("pupil-say", "ownplan.say.title");
        section.add(new Paragraph(getTranslation("ownplan.say.intro")));
        UUID oppId = plan.oppId();
        if (plan.acceptsWords()) {
            TextArea text = textArea("ownplan.say.text", "pupil-view-text");
            text.setHelperText(getTranslation("ownplan.say.helper"));
            section.add(text, sendButton("ownplan.say.send", "pupil-view-send", text, "view", words -> {
                plans.addView(scope, oppId, words);
            }));
        } else {
            section.add(PageText.muted(getTranslation("ownplan.closed")));
        }
        if (!plan.myViews().isEmpty()) {
            section.add(new H3(getTranslation("ownplan.say.mine")));
            for (PupilWord word : plan.myViews()) {
                Paragraph p = new Paragraph(
                        getTranslation("ownplan.say.item", Dates.of(this, word.writtenAt()), word.body()));
                p.addClassName("pupil-said");
                section.add(p);
            }
        }
        return section;
    }

    /** Sends the text; refused input keeps it in the field, a closed access goes back to the start. */
    private Button sendButton(String label, String id, TextArea text, String field, Consumer<String> send) {
        Button button = new Button(getTranslation(label), e -> {
            InputErrors.clear(Map.of(field, text));
            try {
                send.accept(text.getValue());
                Notices.success(getTranslation("ownplan.sent"));
                show(plans.plan(scope, pupilId));
            } catch (InvalidInput problem) {
                InputErrors.show(this, problem, Map.of(field, text));
            } catch (NotEditableException closed) {
                Notices.error(getTranslation("ownplan.closed"));
            } catch (OutOfScopeException gone) {
                Notices.error(getTranslation("ownplan.gone"));
                changes.discard(); // the plan is no longer theirs to write in
                getUI().ifPresent(ui -> ui.navigate(ParentHomeView.class));
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        return button;
    }

    private TextArea textArea(String label, String id) {
        TextArea text = new TextArea(getTranslation(label));
        text.setId(id);
        text.setWidthFull();
        text.setMaxLength(2000);
        changes.watch(text);
        return text;
    }

    private Div section(String id, String titleKey) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.addClassNames("card", "parent-section");
        section.setId(id);
        return section;
    }

    private Component list(List<String> items) {
        if (items.isEmpty()) {
            return PageText.muted(getTranslation("ownplan.empty"));
        }
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    private RouterLink backLink() {
        RouterLink back = new RouterLink(getTranslation("ownplan.back"), ParentHomeView.class);
        back.setId("pupil-back");
        return back;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", title);
    }
}
