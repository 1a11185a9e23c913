package nl.uitzicht.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For browser sessions: resolves a fresh login to a {@link SignedInUser} once (stored in the
 * session), then binds the chosen region to {@link TenantContext} for every request, and
 * clears it afterwards. A login that matches no account, or that a region's provider vouches for
 * without a link to an account ({@link SignInRefused}), is signed out with a clear message.
 */
final class SessionIdentityFilter extends OncePerRequestFilter {

    private final SignInResolver resolver;
    private final ActiveRegions activeRegions;
    private final SecurityContextHolderStrategy strategy;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionIdentityFilter(SignInResolver resolver, ActiveRegions activeRegions, SecurityContextHolderStrategy strategy) {
        this.resolver = resolver;
        this.activeRegions = activeRegions;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = strategy.getContext().getAuthentication();
        if (needsResolving(auth)) {
            String reason = SignInRefused.UNKNOWN;
            Optional<SignedInUser> user;
            try {
                user = resolver.resolve(auth, request.getSession(false));
            } catch (SignInRefused refused) {
                user = Optional.empty();
                reason = refused.reason();
            }
            if (user.isEmpty()) {
                signOut(request);
                response.sendRedirect(request.getContextPath() + "/login?" + reason);
                return;
            }
            auth = store(new UitzichtAuthentication(user.get()), request, response);
        }
        if (auth instanceof UitzichtAuthentication signedIn && signedIn.getPrincipal().region() != null) {
            if (!activeRegions.isActive(signedIn.getPrincipal().region().regionId())) {
                signOut(request);
                response.sendRedirect(request.getContextPath() + "/login?suspended");
                return;
            }
            TenantContext.bind(signedIn.getPrincipal().region().regionId());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }

    private static boolean needsResolving(Authentication auth) {
        return auth != null && auth.isAuthenticated() && !(auth instanceof UitzichtAuthentication)
                && !(auth instanceof AnonymousAuthenticationToken);
    }

    private Authentication store(Authentication auth, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(auth);
        strategy.setContext(context);
        repository.saveContext(context, request, response);
        return auth;
    }

    private void signOut(HttpServletRequest request) {
        strategy.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
