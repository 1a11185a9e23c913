package nl.uitzicht.ui.parent;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.uitzicht.identity.Role;
import nl.uitzicht.parent.OwnPlanAccess;
import nl.uitzicht.parent.ParentChild;
import nl.uitzicht.parent.ParentLinks;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.PageText;

/** A parent's start page: their children in this region, each a link to the plan. */
@Route(value = "ouder", layout = MainLayout.class)
@Menu(title = "parent.nav.children", order = 1, icon = "vaadin:family")
@RolesAllowed(Role.PARENT_NAME)
class ParentHomeView extends FreshPage implements HasDynamicTitle {

    private final ParentLinks links;
    private final OwnPlanAccess ownPlans;
    private final ParentScopes scopes;

    ParentHomeView(ParentLinks links, OwnPlanAccess ownPlans, ParentScopes scopes) {
        this.links = links;
        this.ownPlans = ownPlans;
        this.scopes = scopes;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        addClassNames("page", "parent-page");
        setPadding(false);
        add(new H1(getTranslation("parent.home.title")));
        add(new Paragraph(getTranslation("parent.home.intro")));
        ParentScope scope = scopes.current();
        List<ParentChild> children = links.children(scope);
        if (children.isEmpty()) {
            Paragraph none = PageText.muted(getTranslation("parent.home.none"));
            none.setId("parent-no-children");
            add(none);
        }
        for (ParentChild child : children) {
            RouterLink open = new RouterLink(
                    getTranslation("parent.home.open", child.pupilName()),
                    ParentPlanView.class,
                    new RouteParameters(ParentPlanView.PUPIL, child.pupilId().toString()));
            open.setId("parent-child-" + child.pupilId());
            open.addClassName("parent-child-link");
            Div card = new Div(new H2(child.pupilName()), open);
            card.addClassName("card");
            if (ownPlans.isOpen(scope, child.pupilId())) {
                // the school lets the child look along on this account ("mijn plan", ADR 0087)
                RouterLink own = new RouterLink(
                        getTranslation("ownplan.home.open", child.pupilName()),
                        PupilOwnPlanView.class,
                        new RouteParameters(
                                PupilOwnPlanView.PUPIL, child.pupilId().toString()));
                own.setId("parent-own-plan-" + child.pupilId());
                own.addClassName("parent-child-link");
                card.add(new Paragraph(getTranslation("ownplan.home.intro", child.pupilName())), own);
            }
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("parent.home.title"));
    }
}
