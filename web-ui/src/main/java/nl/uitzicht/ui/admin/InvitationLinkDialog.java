package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import nl.uitzicht.invitation.IssuedInvitation;
import nl.uitzicht.time.ClockConfiguration;
import nl.uitzicht.ui.kit.Notices;

/** With no mail server (the local demo): shows the link for the administrator to pass on. */
public class InvitationLinkDialog extends Dialog {

    public InvitationLinkDialog(IssuedInvitation issued) {
        setHeaderTitle(getTranslation("admin.invite.linkTitle"));
        setId("invitation-link-dialog");
        String expires = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
                .withZone(ClockConfiguration.ZONE)
                .format(issued.invitation().expiresAt());
        TextField link = new TextField();
        link.setId("invitation-link");
        link.setValue(java.util.Objects.requireNonNull(issued.link()));
        link.setReadOnly(true);
        link.setWidthFull();
        link.addFocusListener(e -> link.getElement().executeJs("this.inputElement.select()"));
        add(
                new Paragraph(getTranslation(
                        "admin.invite.linkIntro", issued.invitation().email(), expires)),
                link);
        setWidth("min(640px, 95vw)");
        getFooter().add(new Button(getTranslation("admin.common.close"), e -> close()));
    }

    /** Confirms a mailed invitation, shows its link (no mail server), or says the mail failed. */
    public static void show(IssuedInvitation issued) {
        if (issued.mailed()) {
            Notices.success(new Paragraph()
                    .getTranslation("admin.invite.mailed", issued.invitation().email()));
        } else if (issued.link() != null) {
            new InvitationLinkDialog(issued).open();
        } else {
            Notices.error(new Paragraph()
                    .getTranslation(
                            "admin.invite.mailFailed", issued.invitation().email()));
        }
    }
}
