package nl.uitzicht.access;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Objects;
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
 * Holds every {@link CallerClaim} handed to a service (a {@code StaffScope}, an {@code Analyst})
 * against who really calls, before the method runs: its account must be the signed-in person's,
 * its schools among that person's schools in the region they work in (the bound region comes from
 * the same membership), and its roles among the caller's. Only {@link SystemWork} (demo data)
 * passes without a person. A forged or borrowed value is refused however a view or endpoint came
 * by it, and a new service method taking one is checked without more code.
 */
@Configuration(proxyBeanMethods = false)
class CallerClaimCheck {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor callerClaimAdvisor(ObjectProvider<Callers> callers) {
        MethodInterceptor check = invocation -> {
            for (Object argument : invocation.getArguments()) {
                if (argument instanceof CallerClaim claim) {
                    verify(callers.getObject(), claim);
                }
            }
            return invocation.proceed();
        };
        return new DefaultPointcutAdvisor(new TakesCallerClaim(), check);
    }

    static void verify(Callers callers, CallerClaim claim) {
        if (callers.isSystem()) {
            return;
        }
        SignedInPerson person =
                callers.person().orElseThrow(() -> new AccessDeniedException("This needs a signed-in person"));
        if (!Objects.equals(claim.claimedAccountId(), person.accountId())
                || !person.schoolIds().containsAll(claim.claimedSchoolIds())
                || !claim.claimedAuthorities().stream().allMatch(callers::holds)) {
            throw new AccessDeniedException("What was handed in does not belong to the signed-in person");
        }
    }

    /** Public methods of the application's own services with a {@link CallerClaim} parameter. */
    private static final class TakesCallerClaim extends StaticMethodMatcherPointcut {
        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return Modifier.isPublic(method.getModifiers())
                    && targetClass.getName().startsWith("nl.uitzicht.")
                    && AnnotatedElementUtils.hasAnnotation(targetClass, Service.class)
                    && Arrays.stream(method.getParameterTypes()).anyMatch(CallerClaim.class::isAssignableFrom);
        }
    }
}
