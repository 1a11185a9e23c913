package nl.uitzicht.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One security-context strategy for every application context of the test JVM.
 * <p>
 * Vaadin's auto-configuration makes a {@link VaadinAwareSecurityContextHolderStrategy} per
 * application context and installs it JVM-wide ({@code SecurityContextHolder.setContextHolderStrategy}).
 * With several cached test contexts, the last one started wins: a context started earlier keeps
 * its own strategy in its filter chain while code reading the static holder gets the newer one,
 * so signed-in users were lost depending on the order the test classes ran in (why the browserless
 * tests had a JVM of their own and two E2E classes a context of their own). Providing the bean
 * here (Vaadin's is {@code @ConditionalOnMissingBean}) gives all contexts the same instance, so
 * the static holder and every context agree whatever the order.
 */
@TestConfiguration(proxyBeanMethods = false)
public class JvmWideSecurityContext {

    private static final SecurityContextHolderStrategy STRATEGY = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    SecurityContextHolderStrategy vaadinAwareSecurityContextHolderStrategy() {
        return STRATEGY;
    }
}
