package nl.uitzicht.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import nl.uitzicht.identity.RegionMembership;
import nl.uitzicht.security.RegionSwitcher;
import nl.uitzicht.ui.kit.FreshPage;

/** For people with memberships in several regions: choose the region to work in. */
@Route("regio-kiezen")
@PermitAll
class RegionChoiceView extends FreshPage implements HasDynamicTitle {

    private final RegionSwitcher switcher;
    private final AuthenticationContext authentication;

    RegionChoiceView(RegionSwitcher switcher, AuthenticationContext authentication) {
        this.switcher = switcher;
        this.authentication = authentication;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        addClassName("page");
        Button logout = new Button(getTranslation("shell.logout"), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(getTranslation("regionchoice.title")), logout);
        List<RegionMembership> choices = switcher.choices();
        if (choices.isEmpty()) {
            add(new Paragraph(getTranslation("regionchoice.none")));
            return;
        }
        add(new Paragraph(getTranslation("regionchoice.intro")));
        for (RegionMembership choice : choices) {
            Div card = new Div();
            card.addClassName("card");
            String roles = choice.roles().stream()
                    .map(r -> getTranslation("role." + r.name()))
                    .sorted()
                    .collect(Collectors.joining(", "));
            Button choose = new Button(getTranslation("regionchoice.choose"), e -> {
                switcher.switchTo(choice.regionId());
                e.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
            });
            choose.setId("choose-" + choice.regionCode());
            choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(new H2(choice.regionName()), new Paragraph(choice.regionCode() + " · " + roles), choose);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("regionchoice.title"));
    }
}
