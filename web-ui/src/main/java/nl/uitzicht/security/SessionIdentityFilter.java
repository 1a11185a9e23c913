package nl.uitzicht.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
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
 * On every request the session is checked against the account's current access (see
 * {@link AccessVersions}): changed roles or schools take effect at once, and a revoked or
 * deactivated person is signed out and told so on the login page.
 * A person with a second factor is not signed in yet: {@link SecondStep} parks them until their code.
 */
final class SessionIdentityFilter extends OncePerRequestFilter {

    private final SignInResolver resolver;
    private final SecondStep secondStep;
    private final ActiveRegions activeRegions;
    private final AccessVersions accessVersions;
    private final SecurityContextHolderStrategy strategy;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionIdentityFilter(
            SignInResolver resolver,
            SecondStep secondStep,
            ActiveRegions activeRegions,
            AccessVersions accessVersions,
            SecurityContextHolderStrategy strategy) {
        this.resolver = resolver;
        this.secondStep = secondStep;
        this.activeRegions = activeRegions;
        this.accessVersions = accessVersions;
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
                endSession(request, response, chain, reason);
                return;
            }
            if (secondStep.parkIfNeeded(user.get(), request)) {
                store(null, request, response);
                response.sendRedirect(request.getContextPath() + "/" + SecondStep.PATH);
                return;
            }
            auth = store(new UitzichtAuthentication(user.get()), request, response);
        }
        if (auth instanceof UitzichtAuthentication signedIn && !accessVersions.isCurrent(signedIn.getPrincipal())) {
            Optional<SignedInUser> refreshed = resolver.refresh(signedIn.getPrincipal());
            if (refreshed.isEmpty()) {
                endSession(request, response, chain, "revoked");
                return;
            }
            auth = store(new UitzichtAuthentication(refreshed.get()), request, response);
        }
        if (auth instanceof UitzichtAuthentication signedIn
                && signedIn.getPrincipal().region() != null) {
            if (!activeRegions.isActive(signedIn.getPrincipal().region().regionId())) {
                endSession(request, response, chain, "suspended");
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
        return auth != null
                && auth.isAuthenticated()
                && !(auth instanceof UitzichtAuthentication)
                && !(auth instanceof AnonymousAuthenticationToken);
    }

    private @Nullable Authentication store(
            @Nullable Authentication auth, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = strategy.createEmptyContext();
        if (auth != null) {
            context.setAuthentication(auth);
        }
        strategy.setContext(context);
        repository.saveContext(context, request, response);
        return auth;
    }

    /**
     * Signs the person out and remembers why for the login page. A page load is sent to the login
     * page; a request of the running Vaadin UI continues without a session, so Vaadin answers it as an
     * ended session and the browser goes to the login page (instead of an unreadable redirect).
     */
    private void endSession(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String reason)
            throws IOException, ServletException {
        strategy.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.getSession(true).setAttribute(CurrentUser.SIGNED_OUT_BECAUSE, reason);
        if (request.getParameter("v-r") != null) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        }
    }
}
