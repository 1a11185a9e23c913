package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.uitzicht.invitation.IssuedInvitation;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;

/** Invite someone into the region: e-mail, name, roles, and schools for school staff. */
class InviteDialog extends Dialog {

    /** What sending does; throws {@link InvalidInput} when refused. */
    interface Send {
        IssuedInvitation send(
                String email, String name, Set<nl.uitzicht.identity.Role> roles, Set<java.util.UUID> schools);
    }

    private final EmailField email = new EmailField();
    private final TextField name = new TextField();
    private final RolePicker picker;

    InviteDialog(List<SchoolSummary> openSchools, Send send, Runnable sent) {
        setHeaderTitle(getTranslation("admin.invite.dialog"));
        setId("invite-dialog");
        setWidth("min(560px, 95vw)");
        email.setLabel(getTranslation("admin.invite.email"));
        email.setId("invite-email");
        email.setWidthFull();
        name.setLabel(getTranslation("admin.invite.name"));
        name.setId("invite-name");
        name.setWidthFull();
        picker = new RolePicker(openSchools, Set.of(), Set.of());
        add(email, name, picker);
        Button ok = new SaveButton(getTranslation("admin.invite.send"), () -> submit(send, sent));
        ok.setId("invite-send");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("admin.common.cancel"), e -> close()), ok);
    }

    private void submit(Send send, Runnable sent) {
        try {
            IssuedInvitation issued =
                    send.send(email.getValue(), name.getValue(), picker.selectedRoles(), picker.selectedSchools());
            close();
            sent.run();
            InvitationLinkDialog.show(issued);
        } catch (InvalidInput e) {
            Map<String, HasValidation> fields = new HashMap<>(picker.fields());
            fields.put("email", email);
            fields.put("name", name);
            InputErrors.show(this, e, fields);
        }
    }
}
