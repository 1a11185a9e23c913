package nl.uitzicht.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.goallibrary.LibraryGoal;
import nl.uitzicht.opptemplate.OppTemplate;
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
 * The goal library screen (region admin) and the templates screen (school staff) without a browser, on the demo
 * region: bad input is shown on its field with the typed text kept, good input is saved and listed.
 */
@AppTest
@Tag("browserless")
class LibraryScreensBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @BeforeEach
    void dutch() {
        UI.getCurrent().setLocale(UitzichtI18n.DUTCH);
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private void signInAs(String email) {
        signIn.as(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.Grid<LibraryGoal> goals() {
        return find(com.vaadin.flow.component.grid.Grid.class).id("library-goals");
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.Grid<OppTemplate> templates() {
        return find(com.vaadin.flow.component.grid.Grid.class).id("templates");
    }

    private Button button(String id) {
        return find(Button.class).id(id);
    }

    @Test
    void theRegionAdminAddsAGoalAndABadOneKeepsItsText() {
        signInAs("beheer@waterlinie.demo");
        navigate(GoalLibraryView.class);
        assertThat(goals().getListDataView().getItems()).isNotEmpty(); // the demo library

        test(button("library-add")).click();
        LibraryGoalDialog dialog = find(LibraryGoalDialog.class).single();
        String title = "Klokkijken " + UUID.randomUUID().toString().substring(0, 6);
        dialog.category.setValue(dialog.category
                .getListDataView()
                .getItems()
                .filter(c -> c.code().equals("REKENEN"))
                .findFirst()
                .orElseThrow());
        dialog.title.setValue(title);
        test(button("library-save")).click();
        assertThat(dialog.goalText.isInvalid()).isTrue();
        assertThat(dialog.goalText.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(dialog.title.getValue()).isEqualTo(title);
        assertThat(dialog.isOpened()).isTrue();

        dialog.goalText.setValue("Leest over 8 weken de hele en halve uren op de analoge klok foutloos af.");
        dialog.examples.setValue("Dagelijks 5 minuten klokkijken bij de dagstart");
        test(button("library-save")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(goals().getListDataView().getItems())
                .extracting(LibraryGoal::title)
                .contains(title);
    }

    @Test
    void schoolStaffAddATemplateAndPersonalDataIsShownOnItsField() {
        signInAs("ib@waterlinie.demo");
        navigate(TemplatesView.class);
        test(button("template-add")).click();
        TemplateDialog dialog = find(TemplateDialog.class).single();
        String name = "Rekenen groep 5 " + UUID.randomUUID().toString().substring(0, 6);
        dialog.name.setValue(name);
        dialog.goals.setValue("Kent over 8 weken de tafels 1 t/m 5\nBel ouders op 0612345678");
        test(button("template-save")).click();
        assertThat(dialog.goals.isInvalid()).isTrue();
        assertThat(dialog.goals.getErrorMessage()).startsWith("Hier staat iets dat op persoonsgegevens lijkt");
        assertThat(dialog.name.getValue()).isEqualTo(name);
        assertThat(dialog.isOpened()).isTrue();

        dialog.goals.setValue("Kent over 8 weken de tafels 1 t/m 5");
        test(button("template-save")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(templates().getListDataView().getItems())
                .filteredOn(t -> t.name().equals(name))
                .singleElement()
                .satisfies(t -> assertThat(t.regionWide()).isFalse())
                .extracting(OppTemplate::goals)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("Kent over 8 weken de tafels 1 t/m 5");
    }
}
