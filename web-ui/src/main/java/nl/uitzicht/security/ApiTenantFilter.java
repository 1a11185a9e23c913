package nl.uitzicht.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/** Binds the token's region for the duration of an API request. */
final class ApiTenantFilter extends OncePerRequestFilter {

    private final SecurityContextHolderStrategy contexts;

    ApiTenantFilter(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (contexts.getContext().getAuthentication() instanceof ApiAuthentication api) {
            TenantContext.bind(api.client().regionId());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }
}
