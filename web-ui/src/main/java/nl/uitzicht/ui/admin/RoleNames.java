package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;
import nl.uitzicht.identity.Role;

/** Roles as people read them ("Regiobeheerder, Beleidsmedewerker"). */
final class RoleNames {

    private RoleNames() {}

    static String of(Component c, Collection<Role> roles) {
        return roles.stream()
                .sorted(Comparator.naturalOrder())
                .map(r -> c.getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "));
    }
}
