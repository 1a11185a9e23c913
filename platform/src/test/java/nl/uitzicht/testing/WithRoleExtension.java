package nl.uitzicht.testing;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs in as {@link WithRole} says before each test and signs out after it. A {@code @BeforeEach}
 * method with its own {@link WithRole} (typically {@code system = true}, to set up regions, schools
 * and accounts) runs as that caller instead.
 */
public final class WithRoleExtension implements BeforeEachCallback, AfterEachCallback, InvocationInterceptor {

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<WithRole> role = context.getTestMethod()
                .flatMap(m -> AnnotationSupport.findAnnotation(m, WithRole.class))
                .or(() -> context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, WithRole.class)));
        role.ifPresent(r -> Callers.signIn(authentication(r)));
    }

    @Override
    public void interceptBeforeEachMethod(
            Invocation<Void> invocation, ReflectiveInvocationContext<Method> method, ExtensionContext context)
            throws Throwable {
        Optional<WithRole> own = AnnotationSupport.findAnnotation(method.getExecutable(), WithRole.class);
        if (own.isEmpty()) {
            invocation.proceed();
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        Callers.signIn(authentication(own.get()));
        try {
            invocation.proceed();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static Authentication authentication(WithRole role) {
        return role.system() ? Callers.system() : Callers.person(role.value());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Callers.signOut();
    }
}
