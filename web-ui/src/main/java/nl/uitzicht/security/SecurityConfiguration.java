package nl.uitzicht.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Three filter chains: actuator (health and metrics open, the rest closed), the REST API (bearer
 * tokens of a region's identity provider, stateless), and the browser UI (Vaadin, local login and
 * per-region OIDC login).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiTokenAuthentication tokens, SecurityContexts contexts)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/openapi", "/api/openapi/**", "/api/openapi.yaml").permitAll()
                        .requestMatchers("/api/v1/regions/{region}/**").access(tokenOfSameRegion())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(tokens))
                .exceptionHandling(e -> e.accessDeniedHandler(new BearerTokenAccessDeniedHandler()))
                .addFilterAfter(new ApiTenantFilter(contexts.strategy()), BearerTokenAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    /** A token of region A gets 403 on any path of region B. */
    static AuthorizationManager<RequestAuthorizationContext> tokenOfSameRegion() {
        return (authentication, context) -> {
            String region = context.getVariables().get("region");
            boolean same = authentication.get() instanceof ApiAuthentication api
                    && region != null && region.equalsIgnoreCase(api.client().regionCode());
            return new AuthorizationDecision(same);
        };
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http, SignInResolver resolver, SecondStep secondStep,
                            RegionClientRegistrations registrations, ActiveRegions activeRegions,
                            SecurityContexts contexts) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/error").permitAll());
        http.oauth2Login(o -> o.clientRegistrationRepository(registrations).loginPage("/login"));
        http.addFilterBefore(new SessionIdentityFilter(resolver, secondStep, activeRegions, contexts.strategy()),
                AuthorizationFilter.class);
        http.with(vaadin(), vaadin -> vaadin.loginView("/login"));
        return http.build();
    }
}
