package nl.uitzicht.access;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Objects;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Holds every {@link CallerId} argument of a service method against the signed-in person before
 * the method runs: it must be their own account id. Only {@link SystemWork} (demo data) passes
 * without a person. Applies to every public method of an {@code nl.uitzicht} service, so a new
 * method with a {@code @CallerId} parameter is checked without more code.
 */
@Configuration(proxyBeanMethods = false)
class CallerIdCheck {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor callerIdAdvisor(ObjectProvider<Callers> callers) {
        MethodInterceptor check = invocation -> {
            Method method = invocation.getMethod();
            Object target = invocation.getThis();
            if (target != null) {
                method = AopUtils.getMostSpecificMethod(method, AopUtils.getTargetClass(target));
            }
            Parameter[] parameters = method.getParameters();
            Object[] arguments = invocation.getArguments();
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i].isAnnotationPresent(CallerId.class)) {
                    verify(callers.getObject(), arguments[i]);
                }
            }
            return invocation.proceed();
        };
        return new DefaultPointcutAdvisor(new TakesCallerId(), check);
    }

    static void verify(Callers callers, Object accountId) {
        if (callers.isSystem()) {
            return;
        }
        SignedInPerson person = callers.person()
                .orElseThrow(() -> new AccessDeniedException("Acting as a person needs that person signed in"));
        if (!Objects.equals(person.accountId(), accountId)) {
            throw new AccessDeniedException("A person may act only in their own name");
        }
    }

    /** Public methods of the application's own services with a {@link CallerId} parameter. */
    private static final class TakesCallerId extends StaticMethodMatcherPointcut {
        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
            return Modifier.isPublic(specific.getModifiers())
                    && targetClass.getName().startsWith("nl.uitzicht.")
                    && AnnotatedElementUtils.hasAnnotation(targetClass, Service.class)
                    && Arrays.stream(specific.getParameters()).anyMatch(p -> p.isAnnotationPresent(CallerId.class));
        }
    }
}
