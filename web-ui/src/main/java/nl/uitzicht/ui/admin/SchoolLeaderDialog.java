package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.RegionMember;
import nl.uitzicht.invitation.RegionPeople;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;

/** Marks a staff member as school leader of some of their schools (issue 18 point 4, ADR 0098). */
class SchoolLeaderDialog extends Dialog {

    SchoolLeaderDialog(
            RegionMember member,
            List<SchoolSummary> theirSchools,
            Set<UUID> leads,
            RegionPeople people,
            Actor acting,
            Runnable changed) {
        setHeaderTitle(getTranslation("admin.people.leader") + ": " + member.displayName());
        setWidth("min(520px, 95vw)");
        CheckboxGroup<SchoolSummary> schools = new CheckboxGroup<>(getTranslation("admin.people.leader.title"));
        schools.setId("leader-schools");
        schools.setHelperText(getTranslation("admin.people.leader.help"));
        schools.setItems(theirSchools);
        schools.setItemLabelGenerator(SchoolSummary::name);
        schools.setValue(
                theirSchools.stream().filter(s -> leads.contains(s.id())).collect(Collectors.toSet()));
        add(schools);
        Button ok = new SaveButton(getTranslation("admin.common.save"), () -> {
            try {
                Set<UUID> chosen =
                        schools.getValue().stream().map(SchoolSummary::id).collect(Collectors.toSet());
                people.leadSchools(member.accountId(), chosen, acting);
                close();
                Notices.success(getTranslation("admin.people.leader.saved", chosen.size()));
                changed.run();
            } catch (InvalidInput ex) {
                InputErrors.show(this, ex, java.util.Map.of("schools", schools));
            }
        });
        ok.setId("leader-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("admin.common.cancel"), e -> close()), ok);
    }
}
