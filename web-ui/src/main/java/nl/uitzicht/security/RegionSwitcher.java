package nl.uitzicht.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.RegionMembership;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Lets a person with memberships in several regions choose the one to work in; not after a login
 * through a region's own provider, which holds for that region only.
 */
@Service
public class RegionSwitcher {

    private final AccountDirectory accounts;
    private final CurrentUser currentUser;

    private final SecurityContexts contexts;

    RegionSwitcher(AccountDirectory accounts, CurrentUser currentUser, SecurityContexts contexts) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.contexts = contexts;
    }

    /** The regions this session may switch to: all memberships, or only the region whose provider signed it in. */
    public List<RegionMembership> choices() {
        SignedInUser user = currentUser.require();
        return accounts.membershipsOf(user.accountId()).stream()
                .filter(m -> user.mayEnter(m.regionId()))
                .toList();
    }

    /** Switches the session to {@code regionId}; refused unless the person is a member there. */
    public void switchTo(UUID regionId) {
        SignedInUser user = currentUser.require();
        RegionMembership membership = accounts.membershipIn(user.accountId(), regionId)
                .filter(m -> user.mayEnter(m.regionId()))
                .orElseThrow(() -> new AccessDeniedException("Not a member of region " + regionId));
        SecurityContext context = contexts.strategy().createEmptyContext();
        context.setAuthentication(new UitzichtAuthentication(user.inRegion(membership)));
        contexts.strategy().setContext(context);
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
}
