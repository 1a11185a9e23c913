package nl.uitzicht.ui.request;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.identity.Role;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.request.ParentDecision;
import nl.uitzicht.request.ParentRequests;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.PageText;

/** The parent's decisions of the region about their children (arrangements, TLVs), each with its letter. */
@Route(value = "ouder/besluiten", layout = MainLayout.class)
@Menu(title = "request.nav.parent", order = 2, icon = "vaadin:file-text-o")
@RolesAllowed(Role.PARENT_NAME)
class ParentDecisionsView extends FreshPage implements HasDynamicTitle {

    private final ParentRequests requests;
    private final CurrentUser currentUser;

    ParentDecisionsView(ParentRequests requests, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        addClassNames("page", "parent-page");
        setPadding(false);
        SignedInUser user = currentUser.require();
        ParentScope scope = new ParentScope(user.accountId(), user.displayName());
        add(new H1(getTranslation("request.parent.title")));
        add(PageText.muted(getTranslation("request.parent.intro")));
        List<ParentDecision> decisions = requests.decisions(scope);
        if (decisions.isEmpty()) {
            var none = PageText.muted(getTranslation("request.parent.none"));
            none.setId("parent-decisions-none");
            add(none);
        }
        for (ParentDecision d : decisions) {
            Div card = RequestFacts.decision(this, d.decision());
            card.setId("parent-decision-" + d.requestId());
            card.addComponentAsFirst(new Div(d.pupilName() + " · " + getTranslation("request.type." + d.type())));
            UUID id = d.requestId();
            var letter = RequestFacts.download(
                    () -> requests.letter(scope, id), "besluit.pdf", getTranslation("request.letter.download"));
            letter.setId("parent-letter-" + id);
            card.add(letter);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("request.parent.title"));
    }
}
