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
 * clears it afterwards. A login that matches no account is signed out with a clear message. A
 * person with a second factor is not signed in yet: {@link SecondStep} parks them until their code.
 */
final class SessionIdentityFilter extends OncePerRequestFilter {

    private final SignInResolver resolver;
    private final SecondStep secondStep;
    private final ActiveRegions activeRegions;
    private final SecurityContextHolderStrategy strategy;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionIdentityFilter(SignInResolver resolver, SecondStep secondStep, ActiveRegions activeRegions,
                          SecurityContextHolderStrategy strategy) {
        this.resolver = resolver;
        this.secondStep = secondStep;
        this.activeRegions = activeRegions;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = strategy.getContext().getAuthentication();
        if (needsResolving(auth)) {
            Optional<SignedInUser> user = resolver.resolve(auth);
            if (user.isEmpty()) {
                signOut(request);
                response.sendRedirect(request.getContextPath() + "/login?unknown");
                return;
            }
            if (secondStep.parkIfNeeded(user.get(), request)) {
                store(null, request, response);
                response.sendRedirect(request.getContextPath() + "/" + SecondStep.PATH);
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

    private @Nullable Authentication store(@Nullable Authentication auth, HttpServletRequest request,
                                           HttpServletResponse response) {
        SecurityContext context = strategy.createEmptyContext();
        if (auth != null) {
            context.setAuthentication(auth);
        }
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
