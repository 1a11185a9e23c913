package nl.uitzicht.ui.parent;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.ParentAnswers;
import nl.uitzicht.opp.ParentCopies;
import nl.uitzicht.opp.ParentCopy;
import nl.uitzicht.opp.ParentVersion;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.PageText;

/**
 * The parents' version of their child's plan, for a phone: the plan as the parents' PDF has it, how it
 * goes, the evaluation, earlier versions, the parent's questions and their answer on the handelingsdeel.
 * Whatever pupil id the address names, the services answer only for the parent's own children.
 */
@Route(value = "ouder/kind/:pupilId", layout = MainLayout.class)
@RolesAllowed(Role.PARENT_NAME)
class ParentPlanView extends FreshPage implements HasDynamicTitle {

    static final String PUPIL = "pupilId";
    static final String VERSION = "versie";

    private final ParentCopies copies;
    private final ParentAnswers answers;
    private final ParentScopes scopes;
    private ParentScope scope;
    private String title = "";

    ParentPlanView(ParentCopies copies, ParentAnswers answers, ParentScopes scopes) {
        this.copies = copies;
        this.answers = answers;
        this.scopes = scopes;
        addClassNames("page", "parent-page");
        setPadding(false);
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        scope = scopes.current();
        Optional<ParentCopy> copy;
        UUID pupilId;
        try {
            pupilId = UUID.fromString(event.getRouteParameters().get(PUPIL).orElse(""));
            Optional<Integer> version = event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter(VERSION)
                    .map(Integer::parseInt);
            copy = version.isPresent()
                    ? Optional.of(copies.version(scope, pupilId, version.get()))
                    : copies.plan(scope, pupilId);
        } catch (OutOfScopeException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        if (copy.isEmpty()) {
            title = getTranslation("parent.plan.title.none");
            add(new H1(title));
            Paragraph none = PageText.muted(getTranslation("parent.plan.none"));
            none.setId("parent-plan-none");
            add(none, backLink());
            return;
        }
        show(copy.get(), pupilId);
    }

    void reload(UUID pupilId) {
        copies.plan(scope, pupilId).ifPresent(copy -> {
            removeAll();
            show(copy, pupilId);
        });
    }

    private void show(ParentCopy copy, UUID pupilId) {
        title = getTranslation("parent.plan.title", copy.pupilName());
        H1 heading = new H1(title);
        heading.setId("parent-plan-title");
        Paragraph status = new Paragraph(getTranslation(
                "parent.plan.status", copy.content().versionNo(), getTranslation("parent.state." + copy.state())));
        status.setId("parent-plan-status");
        add(backLink(), heading, status);
        boolean latest = copy.versions().isEmpty()
                || copy.versions().getFirst().versionNo() == copy.content().versionNo();
        if (!latest) {
            Div old = new Div(
                    new Paragraph(getTranslation(
                            "parent.plan.oldVersion", copy.content().versionNo())),
                    versionLink(pupilId, null, getTranslation("parent.plan.toLatest")));
            old.addClassNames("card", "parent-old-version");
            old.setId("parent-old-version");
            add(old);
        } else if (copy.answerable()) {
            add(new AnswerPanel(answers, scope, copy, () -> reload(pupilId)));
        }
        add(new PlanContent(copy.content(), copy.pupilName()));
        add(new ProgressContent(copy));
        if (latest && copy.acceptsNotes()) {
            add(new NotesPanel(answers, scope, copy, () -> reload(pupilId)));
        }
        add(versions(copy, pupilId));
    }

    private Div versions(ParentCopy copy, UUID pupilId) {
        Div section = new Div(new H2(getTranslation("parent.versions.title")));
        section.addClassNames("card", "parent-section");
        section.setId("parent-versions");
        UnorderedList list = new UnorderedList();
        for (ParentVersion version : copy.versions()) {
            String text = getTranslation(
                            "parent.versions.item", version.versionNo(), Dates.of(this, version.createdAt()))
                    + (version.consentedOn() == null
                            ? ""
                            : " \u2013 "
                                    + getTranslation(
                                            "parent.versions.consented", Dates.of(this, version.consentedOn())));
            list.add(new ListItem(
                    version.versionNo() == copy.content().versionNo()
                            ? new Paragraph(text + " (" + getTranslation("parent.versions.shown") + ")")
                            : versionLink(pupilId, version.versionNo(), text)));
        }
        section.add(list);
        return section;
    }

    private RouterLink versionLink(UUID pupilId, Integer versionNo, String text) {
        RouterLink link = new RouterLink(text, ParentPlanView.class, new RouteParameters(PUPIL, pupilId.toString()));
        if (versionNo != null) {
            link.setQueryParameters(QueryParameters.simple(Map.of(VERSION, String.valueOf(versionNo))));
        }
        return link;
    }

    private RouterLink backLink() {
        RouterLink back = new RouterLink(getTranslation("parent.plan.back"), ParentHomeView.class);
        back.setId("parent-back");
        return back;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", title);
    }

    static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }
}
