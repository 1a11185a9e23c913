package nl.uitzicht.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Three filter chains: actuator (health open for probes; metrics only on the separate management port,
 * never on the public one; the rest closed), the REST API (bearer
 * tokens of a region's identity provider, stateless), and the browser UI (Vaadin, local login and
 * per-region OIDC login). Method security is enabled in the platform ({@code nl.uitzicht.access}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, ManagementPort managementPort) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(
                        a -> a.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                                .permitAll()
                                .requestMatchers("/actuator/prometheus")
                                .access((authentication, context) ->
                                        new AuthorizationDecision(managementPort.receives(context.getRequest())))
                                .anyRequest()
                                .denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiTokenAuthentication tokens, SecurityContexts contexts)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/api/openapi", "/api/openapi/**", "/api/openapi.yaml")
                        .permitAll()
                        .requestMatchers("/api/v1/regions/{region}/**")
                        .access(tokenOfSameRegion())
                        .anyRequest()
                        .authenticated())
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
                    && region != null
                    && region.equalsIgnoreCase(api.client().regionCode());
            return new AuthorizationDecision(same);
        };
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(
            HttpSecurity http,
            SignInResolver resolver,
            SecondStep secondStep,
            RegionClientRegistrations registrations,
            ActiveRegions activeRegions,
            AccessVersions accessVersions,
            SecurityContexts contexts,
            OutboundRequests outbound)
            throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/error")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/uitnodiging/*/inloggen")
                .permitAll());
        http.oauth2Login(o -> o.clientRegistrationRepository(registrations)
                .loginPage("/login")
                .tokenEndpoint(t -> t.accessTokenResponseClient(tokenClient(outbound)))
                .userInfoEndpoint(u -> u.oidcUserService(userInfo(outbound))));
        http.addFilterBefore(
                new SessionIdentityFilter(resolver, secondStep, activeRegions, accessVersions, contexts.strategy()),
                AuthorizationFilter.class);
        http.with(vaadin(), vaadin -> vaadin.loginView("/login"));
        return http.build();
    }

    /** The code is exchanged for tokens (with the client secret) through the checked outbound client. */
    private static RestClientAuthorizationCodeTokenResponseClient tokenClient(OutboundRequests outbound) {
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(RestClient.builder()
                .requestFactory(outbound)
                .messageConverters(c -> {
                    c.addFirst(new FormHttpMessageConverter());
                    c.addFirst(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }

    /** The user-info endpoint, if the provider has one, through the checked outbound client. */
    private static OidcUserService userInfo(OutboundRequests outbound) {
        RestTemplate rest = outbound.restTemplate();
        rest.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
        DefaultOAuth2UserService users = new DefaultOAuth2UserService();
        users.setRestOperations(rest);
        OidcUserService oidc = new OidcUserService();
        oidc.setOauth2UserService(users);
        return oidc;
    }
}
