package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.RegionMember;
import nl.uitzicht.identity.Role;
import nl.uitzicht.invitation.InvitationException;
import nl.uitzicht.invitation.InvitationStatus;
import nl.uitzicht.invitation.InvitationSummary;
import nl.uitzicht.invitation.Invitations;
import nl.uitzicht.invitation.RegionPeople;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.time.ClockConfiguration;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.Confirm;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Notices;

/** The region's people and invitations: invite, resend, revoke, change roles, revoke access. */
@Route(value = "mensen", layout = MainLayout.class)
@Menu(title = "nav.admin.people", order = 12, icon = "vaadin:users")
@RolesAllowed(Role.REGION_ADMIN_NAME)
class PeopleView extends FreshPage implements HasDynamicTitle {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d-M-yyyy").withZone(ClockConfiguration.ZONE);

    private final RegionPeople people;
    private final Invitations invitations;
    private final SchoolDirectory schools;
    private SignedInUser user;
    private Grid<RegionMember> members;
    private Grid<InvitationSummary> invited;
    private Map<UUID, SchoolSummary> schoolsById = Map.of();
    /** Per person, the schools they lead (read with the members on every refresh). */
    private Map<UUID, java.util.Set<UUID>> leaders = Map.of();

    private final CurrentUser currentUser;

    PeopleView(RegionPeople people, Invitations invitations, SchoolDirectory schools, CurrentUser currentUser) {
        this.people = people;
        this.invitations = invitations;
        this.schools = schools;
        this.currentUser = currentUser;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        members = new Grid<>(RegionMember.class, false);
        invited = new Grid<>(InvitationSummary.class, false);
        this.user = currentUser.require();
        addClassName("page");
        Button invite = new Button(
                getTranslation("admin.people.invite"),
                VaadinIcon.ENVELOPE.create(),
                e -> new InviteDialog(
                                openSchools(),
                                (email, name, roles, ids) ->
                                        invitations.invite(email, name, roles, ids, actor(), BaseUrls.current()),
                                this::refresh)
                        .open());
        invite.setId("people-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureMembers();
        configureInvitations();
        add(
                new H1(getTranslation("admin.people.title")),
                new Paragraph(getTranslation("admin.people.intro")),
                invite,
                new H2(getTranslation("admin.people.members")),
                members,
                new H2(getTranslation("admin.people.invitations")),
                invited);
        refresh();
    }

    private Actor actor() {
        return new Actor(user.accountId(), user.displayName());
    }

    private List<SchoolSummary> openSchools() {
        return schools.all().stream().filter(SchoolSummary::open).toList();
    }

    private void configureMembers() {
        members.setId("people-members");
        members.addColumn(RegionMember::displayName)
                .setHeader(getTranslation("admin.people.name"))
                .setFlexGrow(1)
                .setSortable(true);
        Grid.Column<RegionMember> memberEmail = members.addColumn(RegionMember::email)
                .setHeader(getTranslation("admin.people.email"))
                .setFlexGrow(1);
        members.addColumn(m -> RoleNames.of(this, m.roles()))
                .setHeader(getTranslation("admin.people.roles"))
                .setFlexGrow(1);
        Grid.Column<RegionMember> memberSchools = members.addColumn(m -> m.schoolIds().stream()
                        .map(schoolsById::get)
                        .filter(java.util.Objects::nonNull)
                        .map(s -> leaders.getOrDefault(m.accountId(), java.util.Set.of())
                                        .contains(s.id())
                                ? s.name() + " (" + getTranslation("admin.people.leads") + ")"
                                : s.name())
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.people.schools"))
                .setFlexGrow(1);
        members.addComponentColumn(this::memberActions)
                .setHeader(getTranslation("admin.common.actions"))
                .setWidth("360px")
                .setFlexGrow(0);
        members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        members.setAllRowsVisible(true);
        onNarrowScreen(() -> {
            memberEmail.setVisible(false);
            memberSchools.setVisible(false);
        });
    }

    private HorizontalLayout memberActions(RegionMember member) {
        Button roles = new Button(
                getTranslation("admin.people.changeRoles"),
                e -> new RolesDialog(member, openSchools(), people, actor(), this::refresh).open());
        roles.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button revoke = new Button(getTranslation("admin.people.deactivate"), e -> confirmDeactivate(member));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        boolean self = member.accountId().equals(user.accountId());
        revoke.setEnabled(!self);
        HorizontalLayout actions = new HorizontalLayout(roles);
        if (member.roles().contains(Role.SCHOOL_STAFF)) {
            Button leader = new Button(
                    getTranslation("admin.people.leader"),
                    e -> new SchoolLeaderDialog(
                                    member,
                                    member.schoolIds().stream()
                                            .map(schoolsById::get)
                                            .filter(java.util.Objects::nonNull)
                                            .sorted(java.util.Comparator.comparing(SchoolSummary::name))
                                            .toList(),
                                    leaders.getOrDefault(member.accountId(), java.util.Set.of()),
                                    people,
                                    actor(),
                                    this::refresh)
                            .open());
            leader.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            leader.addClassName("people-leader");
            actions.add(leader);
        }
        actions.add(revoke);
        return actions;
    }

    private void confirmDeactivate(RegionMember member) {
        Confirm.destructive(
                getTranslation("admin.people.deactivate"),
                getTranslation("admin.people.deactivate.confirm", member.displayName()),
                getTranslation("admin.people.deactivate"),
                getTranslation("admin.common.cancel"),
                () -> {
                    try {
                        boolean account = people.deactivate(member.accountId(), actor());
                        Notices.success(getTranslation(
                                account ? "admin.people.deactivatedAccount" : "admin.people.deactivated",
                                member.displayName()));
                    } catch (InvitationException ex) {
                        Notices.error(getTranslation(ex.getMessage()));
                    }
                    refresh();
                });
    }

    private void configureInvitations() {
        invited.setId("people-invitations");
        invited.addColumn(InvitationSummary::displayName)
                .setHeader(getTranslation("admin.people.name"))
                .setFlexGrow(1);
        Grid.Column<InvitationSummary> invitedEmail = invited.addColumn(InvitationSummary::email)
                .setHeader(getTranslation("admin.people.email"))
                .setFlexGrow(1);
        invited.addColumn(i -> RoleNames.of(this, i.roles()))
                .setHeader(getTranslation("admin.people.roles"))
                .setFlexGrow(1);
        invited.addColumn(
                        i -> getTranslation("admin.invite.status." + i.status().name()))
                .setHeader(getTranslation("admin.invite.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<InvitationSummary> expires = invited.addColumn(i -> DATE.format(i.expiresAt()))
                .setHeader(getTranslation("admin.invite.expires"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        onNarrowScreen(() -> {
            invitedEmail.setVisible(false);
            expires.setVisible(false);
        });
        invited.addComponentColumn(this::invitationActions)
                .setHeader(getTranslation("admin.common.actions"))
                .setWidth("230px")
                .setFlexGrow(0);
        invited.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        invited.setAllRowsVisible(true);
    }

    private HorizontalLayout invitationActions(InvitationSummary invitation) {
        HorizontalLayout actions = new HorizontalLayout();
        if (invitation.status() == InvitationStatus.ACCEPTED) {
            return actions;
        }
        Button resend = new Button(getTranslation("admin.invite.resend"), e -> {
            try {
                InvitationLinkDialog.show(
                        invitations.resend(invitation.id(), invitation.version(), BaseUrls.current(), actor()));
            } catch (InvitationException ex) {
                Notices.error(getTranslation(ex.getMessage()));
            }
            refresh();
        });
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        actions.add(resend);
        if (invitation.status() == InvitationStatus.OPEN) {
            Button revoke = new Button(getTranslation("admin.invite.revoke"), e -> {
                invitations.revoke(invitation.id(), invitation.version(), actor());
                Notices.success(getTranslation("admin.invite.revoked", invitation.email()));
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(revoke);
        }
        return actions;
    }

    /**
     * Phones: keep name, roles and actions; the rest is one tap away (edit dialogs). At the first entry the page is
     * not on screen yet (asked once it is); when Vaadin shows it again it is (asked at once).
     */
    private void onNarrowScreen(Runnable hide) {
        Consumer<UI> ask = ui -> ui.getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() < 640) {
                hide.run();
            }
        });
        getUI().ifPresentOrElse(ask, () -> {
            Registration[] once = new Registration[1];
            once[0] = addAttachListener(e -> {
                once[0].remove();
                ask.accept(e.getUI());
            });
        });
    }

    private void refresh() {
        schoolsById = schools.all().stream().collect(Collectors.toMap(SchoolSummary::id, Function.identity()));
        leaders = people.schoolLeaders();
        members.setItems(people.members());
        invited.setItems(invitations.ofRegion());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("admin.people.title"));
    }
}
