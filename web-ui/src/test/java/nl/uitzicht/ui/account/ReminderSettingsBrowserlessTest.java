package nl.uitzicht.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.EnumSet;
import java.util.UUID;
import nl.uitzicht.AppTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.reminder.ReminderKind;
import nl.uitzicht.reminder.ReminderPreferences;
import nl.uitzicht.reminder.ReminderSettings;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.security.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder settings screen, without a browser: a staff member switches a kind off and picks English. */
@AppTest
@Tag("browserless")
class ReminderSettingsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    TestSignIn signIn;

    @Autowired
    ReminderPreferences preferences;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    @Test
    void aStaffMemberSwitchesAKindOffAndTheChoiceIsKept() {
        SignedInUser user = signIn.as("ib@waterlinie.demo");
        UUID account = user.accountId();
        navigate(ReminderSettingsView.class);
        Checkbox planDue = find(Checkbox.class).id("reminder-PLAN_DUE");
        assertThat(planDue.getValue()).isTrue();
        test(planDue).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> language = find(RadioButtonGroup.class).id("reminder-language");
        language.setValue("en");
        test(find(Button.class).id("reminder-save")).click();

        ReminderSettings saved = preferences.of(account);
        assertThat(saved.wanted())
                .containsExactlyInAnyOrder(
                        ReminderKind.CONSENT_PENDING, ReminderKind.EVALUATION_DUE, ReminderKind.EXTENSION_DUE);
        assertThat(saved.language()).isEqualTo("en");

        navigate(ReminderSettingsView.class);
        assertThat(find(Checkbox.class).id("reminder-PLAN_DUE").getValue()).isFalse();

        preferences.save(
                account,
                new Actor(account, user.displayName()),
                new ReminderSettings(EnumSet.allOf(ReminderKind.class), "nl", saved.version()));
    }
}
