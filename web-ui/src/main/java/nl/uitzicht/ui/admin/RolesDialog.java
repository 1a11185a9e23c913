package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.RegionMember;
import nl.uitzicht.invitation.RegionPeople;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;

/** Change what a person may do in the region. */
class RolesDialog extends Dialog {

    RolesDialog(
            RegionMember member, List<SchoolSummary> openSchools, RegionPeople people, Actor acting, Runnable changed) {
        setHeaderTitle(getTranslation("admin.people.changeRoles") + ": " + member.displayName());
        setWidth("min(560px, 95vw)");
        RolePicker picker = new RolePicker(openSchools, member.roles(), member.schoolIds());
        add(picker);
        Button ok = new SaveButton(getTranslation("admin.common.save"), () -> {
            try {
                people.changeRoles(member.accountId(), picker.selectedRoles(), picker.selectedSchools(), acting);
                close();
                Notices.success(getTranslation("admin.people.rolesChanged", member.displayName()));
                changed.run();
            } catch (InvalidInput ex) {
                InputErrors.show(this, ex, picker.fields());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("admin.common.cancel"), e -> close()), ok);
    }
}
