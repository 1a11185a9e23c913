package nl.uitzicht.ui.operator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.invitation.Invitations;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.ui.admin.BaseUrls;
import nl.uitzicht.ui.admin.InvitationLinkDialog;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;

/** The operator invites a region's (first) administrator. */
class InviteAdminDialog extends Dialog {

    InviteAdminDialog(Region region, Invitations invitations, Actor operator) {
        setHeaderTitle(getTranslation("admin.region.inviteAdmin") + ": " + region.getName());
        setWidth("min(520px, 95vw)");
        EmailField email = new EmailField(getTranslation("admin.invite.email"));
        email.setId("admin-invite-email");
        email.setWidthFull();
        TextField name = new TextField(getTranslation("admin.invite.name"));
        name.setId("admin-invite-name");
        name.setWidthFull();
        add(email, name);
        Button send = new SaveButton(getTranslation("admin.invite.send"), () -> {
            try {
                InvitationLinkDialog.show(invitations.inviteRegionAdmin(
                        region.getId(), email.getValue(), name.getValue(), operator, BaseUrls.current()));
                close();
            } catch (InvalidInput ex) {
                InputErrors.show(this, ex, Map.of("email", email, "name", name));
            }
        });
        send.setId("admin-invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("admin.common.cancel"), e -> close()), send);
    }
}
