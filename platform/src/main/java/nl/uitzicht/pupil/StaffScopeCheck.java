package nl.uitzicht.pupil;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Objects;
import nl.uitzicht.access.Callers;
import nl.uitzicht.access.SignedInPerson;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
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
 * Holds every {@link StaffScope} handed to a service against who really calls. The web layer
 * builds the scope from the signed-in person, but a service must not trust its caller for that: on
 * every public method of an {@code nl.uitzicht} bean that takes a scope, the scope's actor must be
 * the signed-in account and its schools a subset of that person's schools in the region they work
 * in (the region bound for the request comes from the same membership). Only {@code SystemWork}
 * (demo data) passes without a person. A forged scope (another account, a school of someone else)
 * is refused before the method runs, so a new method taking a scope cannot forget the check.
 */
@Configuration(proxyBeanMethods = false)
class StaffScopeCheck {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor staffScopeAdvisor(ObjectProvider<Callers> callers) {
        MethodInterceptor check = invocation -> {
            for (Object argument : invocation.getArguments()) {
                if (argument instanceof StaffScope scope) {
                    verify(callers.getObject(), scope);
                }
            }
            return invocation.proceed();
        };
        return new DefaultPointcutAdvisor(new TakesStaffScope(), check);
    }

    static void verify(Callers callers, StaffScope scope) {
        if (callers.isSystem()) {
            return;
        }
        SignedInPerson person = callers.person()
                .orElseThrow(() -> new AccessDeniedException("A school scope needs a signed-in person"));
        if (!Objects.equals(scope.actor().id(), person.accountId())
                || !person.schoolIds().containsAll(scope.schoolIds())) {
            throw new AccessDeniedException("The school scope does not belong to the signed-in person");
        }
    }

    /** Public methods of the application's own services with a {@link StaffScope} parameter. */
    private static final class TakesStaffScope extends StaticMethodMatcherPointcut {
        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return Modifier.isPublic(method.getModifiers())
                    && targetClass.getName().startsWith("nl.uitzicht.")
                    && AnnotatedElementUtils.hasAnnotation(targetClass, Service.class)
                    && Arrays.asList(method.getParameterTypes()).contains(StaffScope.class);
        }
    }
}
