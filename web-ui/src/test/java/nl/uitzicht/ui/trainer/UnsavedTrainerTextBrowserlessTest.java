package nl.uitzicht.ui.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.uitzicht.AppTest;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.ui.UitzichtI18n;
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
 * A trainer's page and dialog keep typed text (issue 22, ADR 0108): leaving the VERWERKING page with a question typed
 * and not added waits and asks, staying keeps it, leaving goes on; once added there is no question, nor when nothing
 * was typed. The stakeholder dialog asks before Escape with typed text and closes without a question when saved.
 */
@AppTest
@Tag("browserless")
class UnsavedTrainerTextBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @BeforeEach
    void signInAsATrainer() {
        UI.getCurrent().setLocale(UitzichtI18n.DUTCH);
        signIn.as("trainer2@waterlinie.demo");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private TextArea question() {
        return find(TextArea.class).id("question-new");
    }

    private boolean asked(String id) {
        return find(ConfirmDialog.class).withId(id).exists();
    }

    @Test
    void leavingThePageWithATypedQuestionAsksFirst() {
        navigate(VerwerkingView.class);
        UI.getCurrent().navigate(SwotView.class);
        assertThat(getCurrentView()).as("nothing typed: no question").isInstanceOf(SwotView.class);

        navigate(VerwerkingView.class);
        test(question()).setValue("Hoe krijg ik de directeur mee?");
        UI.getCurrent().navigate(SwotView.class);
        assertThat(getCurrentView()).as("leaving waits for an answer").isInstanceOf(VerwerkingView.class);
        ConfirmDialog leave = find(ConfirmDialog.class).id(UnsavedChanges.LEAVE_CONFIRM_ID);
        assertThat(leave.isOpened()).isTrue();
        assertThat(leave.getElement().getProperty("message"))
                .isEqualTo("Je hebt wijzigingen die nog niet zijn opgeslagen. Toch weggaan?");
        test(leave).cancel();
        assertThat(getCurrentView()).as("stayed").isInstanceOf(VerwerkingView.class);
        assertThat(question().getValue()).isEqualTo("Hoe krijg ik de directeur mee?");

        UI.getCurrent().navigate(SwotView.class);
        test(find(ConfirmDialog.class).id(UnsavedChanges.LEAVE_CONFIRM_ID)).confirm();
        assertThat(getCurrentView()).as("left, as chosen").isInstanceOf(SwotView.class);

        navigate(VerwerkingView.class);
        assertThat(question().getValue()).as("the page is drawn anew").isEmpty();
        test(question()).setValue("Hoe krijg ik de directeur mee?");
        test(question()).setValue("");
        UI.getCurrent().navigate(SwotView.class);
        assertThat(getCurrentView()).as("typed back to empty: no question").isInstanceOf(SwotView.class);
    }

    @Test
    void aQuestionAddedLeavesNothingToAskAbout() {
        navigate(VerwerkingView.class);
        test(question()).setValue("Welke OPP's nemen we mee naar de bijeenkomst?");
        test(find(Button.class).id("question-add")).click();
        assertThat(question().getValue()).isEmpty();
        UI.getCurrent().navigate(SwotView.class);
        assertThat(getCurrentView()).as("saved: no question").isInstanceOf(SwotView.class);
        assertThat(asked(UnsavedChanges.LEAVE_CONFIRM_ID)).isFalse();
    }

    @Test
    void theStakeholderDialogAsksBeforeEscapeWithTypedTextAndClosesWhenSaved() {
        navigate(AchterbanView.class);
        test(find(Button.class).id("stakeholder-add")).click();
        Dialog dialog = find(Dialog.class).id("stakeholder-dialog");
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
        assertThat(dialog.isOpened()).as("nothing typed: Escape closes").isFalse();

        test(find(Button.class).id("stakeholder-add")).click();
        dialog = find(Dialog.class).id("stakeholder-dialog");
        TextField name = find(TextField.class).id("stakeholder-name");
        test(name).setValue("Schoolmaatschappelijk werker");
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
        assertThat(dialog.isOpened()).as("Escape with typed text asks first").isTrue();
        test(find(ConfirmDialog.class).id(UnsavedChanges.CLOSE_CONFIRM_ID)).cancel();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(name.getValue()).isEqualTo("Schoolmaatschappelijk werker");

        UI.getCurrent().navigate(SwotView.class);
        assertThat(getCurrentView())
                .as("leaving the page with the dialog's text asks too")
                .isInstanceOf(AchterbanView.class);
        test(find(ConfirmDialog.class).id(UnsavedChanges.LEAVE_CONFIRM_ID)).cancel();

        test(find(Button.class).id("stakeholder-save")).click();
        assertThat(dialog.isOpened()).as("saved: closed without a question").isFalse();
        assertThat(asked(UnsavedChanges.CLOSE_CONFIRM_ID)).isFalse();
        UI.getCurrent().navigate(SwotView.class);
        assertThat(getCurrentView()).isInstanceOf(SwotView.class);
    }
}
