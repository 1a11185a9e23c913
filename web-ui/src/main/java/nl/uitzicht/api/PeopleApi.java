package nl.uitzicht.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.Role;
import nl.uitzicht.invitation.InvitationSummary;
import nl.uitzicht.invitation.Invitations;
import nl.uitzicht.invitation.IssuedInvitation;
import nl.uitzicht.invitation.RegionPeople;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.security.ApiClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Provisioning of a region's people: list them, invite (school staff scoped to schools named by
 * BRIN+vestiging), resend and revoke invitations, change roles, revoke access. Needs a token of the
 * region's own identity provider with the REGION_ADMIN role.
 */
@RestController
@RequestMapping("/api/v1/regions/{region}")
@PreAuthorize("hasRole('REGION_ADMIN')")
@Tag(name = "People", description = "The region's people and invitations")
@SecurityRequirement(name = "bearer")
class PeopleApi {

    private final RegionPeople people;
    private final Invitations invitations;
    private final SchoolDirectory schools;

    PeopleApi(RegionPeople people, Invitations invitations, SchoolDirectory schools) {
        this.people = people;
        this.invitations = invitations;
        this.schools = schools;
    }

    record PersonOutput(UUID accountId, String email, String displayName, Set<Role> roles, List<String> schools) {}

    record InvitationInput(
            String email,
            String displayName,
            Set<Role> roles,
            @Nullable List<String> schools) {}

    record RolesInput(Set<Role> roles, @Nullable List<String> schools) {}

    record InvitationOutput(
            UUID id,
            String email,
            String displayName,
            Set<Role> roles,
            String status,
            String expiresAt,
            long version,
            @Nullable String link) {
        static InvitationOutput of(InvitationSummary i, @Nullable String link) {
            return new InvitationOutput(
                    i.id(),
                    i.email(),
                    i.displayName(),
                    i.roles(),
                    i.status().name(),
                    i.expiresAt().toString(),
                    i.version(),
                    link);
        }
    }

    record VersionInput(long version) {}

    @GetMapping("/people")
    @Operation(summary = "Everyone with a role in the region")
    List<PersonOutput> people(@PathVariable String region) {
        Map<UUID, String> codes =
                schools.all().stream().collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::code));
        return people.members().stream()
                .map(m -> new PersonOutput(
                        m.accountId(),
                        m.email(),
                        m.displayName(),
                        m.roles(),
                        m.schoolIds().stream()
                                .map(codes::get)
                                .filter(java.util.Objects::nonNull)
                                .sorted()
                                .toList()))
                .toList();
    }

    @PutMapping("/people/{accountId}/roles")
    @Operation(summary = "Set a person's roles (and schools, for school staff)")
    void changeRoles(
            @PathVariable String region,
            @PathVariable UUID accountId,
            @RequestBody RolesInput input,
            @AuthenticationPrincipal ApiClient client) {
        people.changeRoles(
                accountId,
                input.roles() == null ? Set.of() : input.roles(),
                schoolIds(input.schools()),
                apiActor(client));
    }

    @DeleteMapping("/people/{accountId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a person's access to the region")
    void deactivate(
            @PathVariable String region, @PathVariable UUID accountId, @AuthenticationPrincipal ApiClient client) {
        people.deactivate(accountId, apiActor(client));
    }

    /** An API client acts as itself (no account): it can never be the person it changes. */
    private static Actor apiActor(ApiClient client) {
        return new Actor(null, "api:" + client.subject());
    }

    @GetMapping("/invitations")
    @Operation(summary = "The region's invitations, newest first")
    List<InvitationOutput> invitations(@PathVariable String region) {
        return invitations.ofRegion().stream()
                .map(i -> InvitationOutput.of(i, null))
                .toList();
    }

    @PostMapping("/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Invite someone; the link is in the answer (to the inviter only) only when no mail server is configured")
    InvitationOutput invite(
            @PathVariable String region,
            @RequestBody InvitationInput input,
            @AuthenticationPrincipal ApiClient client) {
        IssuedInvitation issued = invitations.invite(
                input.email(),
                input.displayName(),
                input.roles() == null ? Set.of() : input.roles(),
                schoolIds(input.schools()),
                apiActor(client),
                baseUrl());
        return InvitationOutput.of(issued.invitation(), issued.link());
    }

    @PostMapping("/invitations/{id}/resend")
    @Operation(
            summary =
                    "Send a new link; the old one stops working (the link is in the answer only without a mail server)")
    InvitationOutput resend(
            @PathVariable String region,
            @PathVariable UUID id,
            @RequestBody VersionInput input,
            @AuthenticationPrincipal ApiClient client) {
        IssuedInvitation issued = invitations.resend(id, input.version(), baseUrl(), apiActor(client));
        return InvitationOutput.of(issued.invitation(), issued.link());
    }

    @DeleteMapping("/invitations/{id}")
    @Operation(summary = "Revoke an open invitation")
    InvitationOutput revoke(
            @PathVariable String region,
            @PathVariable UUID id,
            @RequestBody VersionInput input,
            @AuthenticationPrincipal ApiClient client) {
        return InvitationOutput.of(invitations.revoke(id, input.version(), apiActor(client)), null);
    }

    private Set<UUID> schoolIds(@Nullable List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        Map<String, UUID> byCode =
                schools.all().stream().collect(Collectors.toMap(SchoolSummary::code, SchoolSummary::id, (a, b) -> a));
        return codes.stream()
                .map(c -> {
                    UUID id = byCode.get(c.trim().toUpperCase(java.util.Locale.ROOT));
                    if (id == null) {
                        throw new NoSuchElementException("Unknown school " + c);
                    }
                    return id;
                })
                .collect(Collectors.toSet());
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
