package nl.uitzicht.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;

/** Every Vaadin route says who may open it; only the login-type pages are open to anonymous users. */
class RouteAccessTest {

    static final List<Class<? extends Annotation>> ACCESS =
            List.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class);

    /** Pages a visitor needs before logging in; anything else anonymous is a mistake. */
    static final Set<String> ANONYMOUS_ROUTES = Set.of("login", "uitnodiging");

    static List<Class<?>> routes() {
        return scan(new AnnotationTypeFilter(Route.class));
    }

    /** Vaadin's access control checks error views too: without a rule a visitor would get no error page. */
    static List<Class<?>> errorViews() {
        return scan(new AssignableTypeFilter(HasErrorParameter.class));
    }

    private static List<Class<?>> scan(TypeFilter filter) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents("nl.uitzicht").stream()
                .map(BeanDefinition::getBeanClassName)
                .map(RouteAccessTest::load)
                .toList();
    }

    @Test
    void everyRouteDeclaresExactlyOneAccessRule() {
        List<Class<?>> routes = routes();
        assertThat(routes).as("routes found").hasSizeGreaterThanOrEqualTo(5);
        for (Class<?> route : routes) {
            long rules = ACCESS.stream().filter(route::isAnnotationPresent).count();
            assertThat(rules)
                    .as(route.getName() + " declares its access exactly once")
                    .isEqualTo(1);
        }
    }

    /** Our own error views (Dutch, no route list, no stack trace) replace every one of Vaadin's. */
    @Test
    void errorViewsDeclareTheirAccessAndAreOpenToEveryone() {
        List<Class<?>> errorViews = errorViews();
        assertThat(errorViews)
                .extracting(Class::getSimpleName)
                .contains("NotFoundView", "AccessDeniedView", "ServerErrorView");
        for (Class<?> view : errorViews) {
            assertThat(view.isAnnotationPresent(Route.class))
                    .as(view.getName() + " is no route")
                    .isFalse();
            long rules = ACCESS.stream().filter(view::isAnnotationPresent).count();
            assertThat(rules)
                    .as(view.getName() + " declares its access exactly once")
                    .isEqualTo(1);
            assertThat(view.isAnnotationPresent(AnonymousAllowed.class))
                    .as(view.getName() + ": an error is shown to whoever met it")
                    .isTrue();
        }
    }

    @Test
    void onlyLoginPagesAreAnonymous() {
        List<String> anonymous = routes().stream()
                .filter(route -> route.isAnnotationPresent(AnonymousAllowed.class))
                .map(route -> route.getAnnotation(Route.class).value())
                .toList();
        assertThat(anonymous)
                .isNotEmpty()
                .allSatisfy(path -> assertThat(
                                Stream.of(path.split("/")).findFirst().orElse(""))
                        .isIn(ANONYMOUS_ROUTES));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
