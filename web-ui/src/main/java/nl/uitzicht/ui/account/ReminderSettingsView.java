package nl.uitzicht.ui.account;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.Role;
import nl.uitzicht.mail.Mailbox;
import nl.uitzicht.reminder.ReminderKind;
import nl.uitzicht.reminder.ReminderPreferences;
import nl.uitzicht.reminder.ReminderRoutes;
import nl.uitzicht.reminder.ReminderSettings;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The person's reminder mails: which kinds of the daily digest they want and in which language (ADR 0084).
 * Their own settings only; the change is audited by the service.
 */
@Route(value = ReminderRoutes.SETTINGS, layout = MainLayout.class)
@Menu(title = "reminders.nav", order = 94, icon = "vaadin:envelope")
@RolesAllowed(Role.SCHOOL_STAFF_NAME)
class ReminderSettingsView extends FreshPage implements HasDynamicTitle {

    private final ReminderPreferences preferences;
    private UUID account;
    private Actor actor;
    private Map<ReminderKind, Checkbox> kinds;
    private RadioButtonGroup<String> language;
    private long version;

    private final CurrentUser currentUser;
    private final Mailbox mailbox;

    ReminderSettingsView(ReminderPreferences preferences, CurrentUser currentUser, Mailbox mailbox) {
        this.preferences = preferences;
        this.currentUser = currentUser;
        this.mailbox = mailbox;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        kinds = new EnumMap<>(ReminderKind.class);
        language = new RadioButtonGroup<>();
        SignedInUser user = currentUser.require();
        this.account = user.accountId();
        this.actor = new Actor(user.accountId(), user.displayName());
        addClassName("page");
        add(new H1(getTranslation("reminders.title")));
        Div card = new Div();
        card.addClassName("card");
        card.add(PageText.muted(getTranslation("reminders.intro")));
        if (!mailbox.configured()) {
            Paragraph noMail = new Paragraph(getTranslation("reminders.noMail"));
            noMail.setId("reminders-no-mail");
            card.add(noMail);
        }
        ReminderSettings settings = preferences.of(account);
        version = settings.version();
        for (ReminderKind kind : ReminderKind.values()) {
            Checkbox box = new Checkbox(getTranslation("reminders.kind." + kind.name()), settings.wants(kind));
            box.setId("reminder-" + kind.name());
            kinds.put(kind, box);
            card.add(new Div(box));
        }
        language.setLabel(getTranslation("reminders.language"));
        language.setItems(ReminderSettings.DUTCH, ReminderSettings.ENGLISH);
        language.setItemLabelGenerator(l -> getTranslation("reminders.language." + l));
        language.setValue(settings.language());
        language.setId("reminder-language");
        SaveButton save = new SaveButton(getTranslation("reminders.save"), this::save);
        save.setId("reminder-save");
        card.add(language, new Div(save));
        add(card);
    }

    private void save() {
        Set<ReminderKind> wanted = EnumSet.noneOf(ReminderKind.class);
        kinds.forEach((kind, box) -> {
            if (box.getValue()) {
                wanted.add(kind);
            }
        });
        try {
            ReminderSettings saved =
                    preferences.save(account, actor, new ReminderSettings(wanted, language.getValue(), version));
            version = saved.version();
            Notices.success(getTranslation("reminders.saved"));
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("reminders.conflict"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("reminders.title"));
    }
}
