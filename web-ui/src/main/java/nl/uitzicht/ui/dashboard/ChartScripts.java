package nl.uitzicht.ui.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The ECharts script from its webjar is a public static file: served to anyone, without a session,
 * ahead of the Vaadin chain (which answers 403 to paths that are neither views nor Vaadin resources).
 */
@Configuration(proxyBeanMethods = false)
class ChartScripts {

    @Bean
    @Order(0)
    SecurityFilterChain echartsWebjar(HttpSecurity http) throws Exception {
        http.securityMatcher("/webjars/echarts/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }
}
