package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolSummary;

/** Roles in the region, and for school staff the schools they work at. */
class RolePicker extends VerticalLayout {

    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final MultiSelectComboBox<SchoolSummary> schools = new MultiSelectComboBox<>();

    RolePicker(List<SchoolSummary> openSchools, Set<Role> selectedRoles, Set<UUID> selectedSchools) {
        setPadding(false);
        roles.setLabel(getTranslation("admin.invite.roles"));
        roles.setId("invite-roles");
        roles.setItems(Role.REGION_ADMIN, Role.SCHOOL_STAFF, Role.TRAINER, Role.POLICY, Role.CASE_MANAGER, Role.EXPERT);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(selectedRoles);
        schools.setLabel(getTranslation("admin.invite.schools"));
        schools.setId("invite-schools");
        schools.setItems(openSchools);
        schools.setItemLabelGenerator(s -> s.name() + " (" + s.code() + ")");
        schools.setValue(openSchools.stream()
                .filter(s -> selectedSchools.contains(s.id()))
                .collect(Collectors.toSet()));
        schools.setWidthFull();
        schools.setVisible(selectedRoles.contains(Role.SCHOOL_STAFF));
        roles.addValueChangeListener(e -> schools.setVisible(e.getValue().contains(Role.SCHOOL_STAFF)));
        add(roles, schools);
    }

    Set<Role> selectedRoles() {
        return Set.copyOf(roles.getValue());
    }

    Set<UUID> selectedSchools() {
        return schools.getValue().stream().map(SchoolSummary::id).collect(Collectors.toSet());
    }

    /** The picker's inputs by the field names of an invitation's or a role change's input errors. */
    Map<String, HasValidation> fields() {
        return Map.of("roles", roles, "schools", schools);
    }
}
