package nl.uitzicht.ui.opp;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.UUID;
import nl.uitzicht.opp.OppDrafts;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.ui.kit.UnsavedChanges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Drafts in the OPP editor without a browser, on a plan of its own: typed text is kept on the
 * server, offered back when the plan is opened again, restored or thrown away, removed on save; and
 * leaving with unsaved text waits for the person's answer.
 */
@nl.uitzicht.AppTest
@Tag("browserless")
class OppDraftsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @Autowired
    OppPlans plans;

    @Autowired
    OppDrafts drafts;

    @Autowired
    PupilRegister pupils;

    @Autowired
    StaffScopes scopes;

    StaffScope scope;
    OppPlan plan;

    @BeforeEach
    void aPlanOfItsOwn() {
        signIn.as("ib@waterlinie.demo");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        scope = scopes.current();
        UUID school = scope.schoolIds().iterator().next();
        LocalDate enrolled = LocalDate.now().minusWeeks(1);
        UUID pupil = pupils.register(
                        scope, school, new PupilInput("Concept " + UUID.randomUUID(), 2016, "5", enrolled, null))
                .id();
        plan = plans.start(scope, pupil, enrolled);
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private TextArea pupilView() {
        return inTab(3, "pupil-view");
    }

    /** A text area on the tab at this index (only the selected tab's content is attached). */
    private TextArea inTab(int tab, String id) {
        find(TabSheet.class).id("opp-tabs").setSelectedIndex(tab);
        return find(TextArea.class).id(id);
    }

    /** The banner offering drafts back (a query finds visible components only). */
    private boolean bannerShown() {
        return find(Div.class).withId("opp-draft").exists();
    }

    private void open() {
        navigate(OppEditorView.class, plan.id().toString());
    }

    @Test
    void typedTextIsKeptOfferedBackRestoredAndRemovedOnSave() {
        open();
        assertThat(bannerShown()).isFalse();
        test(pupilView()).setValue("Ik lees graag strips.");
        roundTrip(); // the round trip ends: the typed text goes to the draft
        assertThat(drafts.offer(scope, plan.id())).isPresent();
        assertThat(pupilView().getClassNames()).contains("opp-unsaved");

        UI.getCurrent().navigate(OppListView.class);
        assertThat(getCurrentView()).as("leaving waits for an answer").isInstanceOf(OppEditorView.class);
        ConfirmDialog leave = find(ConfirmDialog.class).id(UnsavedChanges.LEAVE_CONFIRM_ID);
        assertThat(leave.isOpened()).isTrue();
        test(leave).confirm();
        assertThat(getCurrentView()).isInstanceOf(OppListView.class);

        open();
        assertThat(bannerShown()).isTrue();
        assertThat(find(Span.class).id("opp-draft-text").getText())
                .startsWith("Je hebt tekst van ")
                .endsWith("die nog niet is opgeslagen: terugzetten of weggooien?");
        assertThat(pupilView().getValue()).isEmpty();
        test(find(Button.class).id("opp-draft-restore")).click();
        assertThat(pupilView().getValue()).isEqualTo("Ik lees graag strips.");
        assertThat(bannerShown()).isFalse();

        test(find(Button.class).id("pupil-view-save")).click();
        assertThat(drafts.offer(scope, plan.id()))
                .as("saved: the draft is gone")
                .isEmpty();
        assertThat(plans.open(scope, plan.id()).content().pupilView()).isEqualTo("Ik lees graag strips.");
        assertThat(pupilView().getClassNames()).doesNotContain("opp-unsaved");
        UI.getCurrent().navigate(OppListView.class);
        assertThat(getCurrentView()).as("nothing unsaved: no question").isInstanceOf(OppListView.class);
    }

    @Test
    void stayingKeepsTheTextAndThrowingTheDraftAwayRemovesIt() {
        open();
        test(pupilView()).setValue("Weg ermee");
        roundTrip(); // the round trip ends: the typed text goes to the draft
        UI.getCurrent().navigate(OppListView.class);
        test(find(ConfirmDialog.class).id(UnsavedChanges.LEAVE_CONFIRM_ID)).cancel();
        assertThat(getCurrentView()).isInstanceOf(OppEditorView.class);
        assertThat(pupilView().getValue()).isEqualTo("Weg ermee");

        test(pupilView()).setValue("");

        roundTrip(); // the round trip ends: the typed text goes to the draft
        assertThat(drafts.offer(scope, plan.id()))
                .as("typed back to the saved text")
                .isEmpty();
        test(pupilView()).setValue("Weg ermee");
        roundTrip(); // the round trip ends: the typed text goes to the draft
        UI.getCurrent().navigate(OppListView.class);
        test(find(ConfirmDialog.class).id(UnsavedChanges.LEAVE_CONFIRM_ID)).confirm();

        open();
        test(find(Button.class).id("opp-draft-discard")).click();
        assertThat(bannerShown()).isFalse();
        assertThat(drafts.offer(scope, plan.id())).isEmpty();
        assertThat(pupilView().getValue()).isEmpty();
    }

    @Test
    void savingAnotherPartKeepsTheUnsavedTextOfThisOne() {
        open();
        test(inTab(1, "perspective-needed")).setValue("Een klein groepje");
        roundTrip(); // the round trip ends: the typed text goes to the draft
        test(pupilView()).setValue("Klaar");
        roundTrip(); // the round trip ends: the typed text goes to the draft
        test(find(Button.class).id("pupil-view-save")).click();

        assertThat(drafts.restore(scope, plan.id()))
                .extracting(nl.uitzicht.opp.OppDraft::fieldKey)
                .containsExactly("perspective-needed");
        assertThat(inTab(1, "perspective-needed").getValue())
                .as("the rebuilt field got its draft back")
                .isEqualTo("Een klein groepje");
    }
}
