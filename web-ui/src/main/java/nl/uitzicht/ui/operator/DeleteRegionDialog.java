package nl.uitzicht.ui.operator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.export.RegionOffboarding;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.ui.kit.Notices;

/** Deleting a region for good, after the operator typed its SWV code. */
class DeleteRegionDialog extends Dialog {

    DeleteRegionDialog(Region region, RegionOffboarding offboarding, Actor operator, Runnable deleted) {
        setHeaderTitle(getTranslation("admin.offboard.title", region.getCode()));
        setWidth("min(560px, 95vw)");
        TextField typed = new TextField(getTranslation("admin.offboard.type", region.getCode()));
        typed.setId("offboard-code");
        typed.setWidthFull();
        Paragraph warning = new Paragraph(getTranslation("admin.offboard.warning", region.getName()));
        warning.addClassName("duo-error");
        add(warning, typed);
        Button confirm = new Button(getTranslation("admin.offboard.confirm"), e -> {
            try {
                int rows = offboarding.delete(region.getId(), typed.getValue(), operator);
                close();
                Notices.success(getTranslation("admin.offboard.done", region.getCode(), rows));
                deleted.run();
            } catch (RegionOffboarding.OffboardingException ex) {
                typed.setErrorMessage(getTranslation(ex.getMessage()));
                typed.setInvalid(true);
            }
        });
        confirm.setId("offboard-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("admin.common.cancel"), e -> close()), confirm);
    }
}
