package nl.uitzicht.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.TenantAdminTest;
import nl.uitzicht.identity.Role;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The one table of who may call which service method ({@code service-authorization.csv}), checked
 * against the running services: every public method of every service of the platform and
 * tenant-admin (the {@code @Service} beans, and {@code @Component} beans that access data) must be
 * in the table, and is called as every role, as the system and anonymously. A refusal by method
 * security (before the method body runs) is "deny"; anything else, an exception from the body
 * included (the arguments are dummies), is "allow". A {@link CallerId} argument is the caller's own
 * account id (acting in someone else's name is refused on top of the table, see AchterbanMapTest).
 */
@TenantAdminTest
class ServiceAuthorizationTest {

    static final String TABLE = "/service-authorization.csv";
    static final List<String> CALLERS = List.of(
            "OPERATOR",
            "REGION_ADMIN",
            "SCHOOL_STAFF",
            "TRAINER",
            "POLICY",
            "CASE_MANAGER",
            "EXPERT",
            "SYSTEM",
            "anonymous");

    @Autowired
    ApplicationContext context;

    @Autowired
    RegionDirectory regions;

    @AfterEach
    void cleanUp() {
        Callers.signOut();
        TenantContext.clear();
    }

    @Test
    void everyServiceMethodIsInTheTableAndEnforcesIt() throws IOException {
        Map<String, List<String>> table = readTable();
        Map<String, Invocable> methods = serviceMethods();

        List<String> missing =
                methods.keySet().stream().filter(k -> !table.containsKey(k)).toList();
        List<String> stale =
                table.keySet().stream().filter(k -> !methods.containsKey(k)).toList();

        UUID region = Callers.call(
                        Callers.system(),
                        () -> regions.register("PO" + (7000 + (int) (Math.random() * 999)), "Autorisatie", Sector.PO))
                .getId();
        List<String> wrong = new ArrayList<>();
        Map<String, String> observedRows = new TreeMap<>();
        for (Map.Entry<String, Invocable> method : methods.entrySet()) {
            List<String> observed = new ArrayList<>();
            for (String caller : CALLERS) {
                observed.add(method.getValue().allowedFor(authentication(caller), region) ? "allow" : "deny");
            }
            observedRows.put(method.getKey(), method.getKey() + "," + String.join(",", observed));
            List<String> expected = table.get(method.getKey());
            if (expected != null && !expected.equals(observed)) {
                wrong.add(method.getKey() + ": table " + expected + ", service " + observed);
            }
        }
        assertThat(missing)
                .as(
                        "service methods missing from %s; as they behave now:%n%s",
                        TABLE, missing.stream().map(observedRows::get).collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(stale)
                .as("rows in %s for methods that no longer exist", TABLE)
                .isEmpty();
        assertThat(wrong).as("services that do not enforce %s", TABLE).isEmpty();
        assertThat(methods).as("the scan finds the services").hasSizeGreaterThan(150);
    }

    /**
     * Parents (ADR 0079) are a column of their own: the services a parent may call at all are listed in
     * {@code service-authorization-parent.csv}; every other method must refuse a parent. (What a parent
     * reaches within those, their own children only, is checked in the services: ParentPortalTest.)
     */
    @Test
    void aParentReachesOnlyTheMethodsListedForParents() throws IOException {
        List<String> listed;
        try (InputStream in = ServiceAuthorizationTest.class.getResourceAsStream(PARENT_TABLE)) {
            assertThat(in).as(PARENT_TABLE).isNotNull();
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        }
        UUID region = Callers.call(
                        Callers.system(),
                        () -> regions.register("PO" + (7000 + (int) (Math.random() * 999)), "Ouders", Sector.PO))
                .getId();
        List<String> allowed = new ArrayList<>();
        for (Map.Entry<String, Invocable> method : serviceMethods().entrySet()) {
            if (method.getValue().allowedFor(Callers.person(Role.PARENT), region)) {
                allowed.add(method.getKey());
            }
        }
        assertThat(allowed)
                .as("service methods a parent may call, see %s", PARENT_TABLE)
                .containsExactlyInAnyOrderElementsOf(listed);
    }

    static final String PARENT_TABLE = "/service-authorization-parent.csv";

    private static Authentication authentication(String caller) {
        return switch (caller) {
            case "SYSTEM" -> Callers.system();
            case "anonymous" -> Callers.anonymous();
            default -> Callers.person(Role.valueOf(caller));
        };
    }

    /** Each public method of each service bean, keyed {@code Class#method(ParamType;ParamType)}. */
    private Map<String, Invocable> serviceMethods() {
        Map<String, Invocable> methods = new TreeMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> user = ClassUtils.getUserClass(type);
            if (!user.getName().startsWith("nl.uitzicht.") || !isService(user)) {
                continue;
            }
            Object bean = context.getBean(name);
            for (Method method : user.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers)
                        && !Modifier.isStatic(modifiers)
                        && !method.isSynthetic()
                        && !method.isBridge()) {
                    methods.put(key(user, method), new Invocable(bean, user, method));
                }
            }
        }
        return methods;
    }

    static boolean isService(Class<?> type) {
        if (AnnotatedElementUtils.hasAnnotation(type, Service.class)) {
            return true;
        }
        return AnnotatedElementUtils.hasAnnotation(type, Component.class)
                && !AnnotatedElementUtils.hasAnnotation(type, Configuration.class)
                && AnnotatedElementUtils.hasAnnotation(type, Transactional.class);
    }

    static String key(Class<?> type, Method method) {
        return type.getSimpleName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(";"))
                + ")";
    }

    private static Map<String, List<String>> readTable() throws IOException {
        Map<String, List<String>> table = new LinkedHashMap<>();
        try (InputStream in = ServiceAuthorizationTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
            assertThat(lines.getFirst()).isEqualTo("method," + String.join(",", CALLERS));
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = List.of(line.split(","));
                assertThat(cells).as(line).hasSize(CALLERS.size() + 1);
                assertThat(cells.subList(1, cells.size()))
                        .as(line)
                        .allMatch(c -> c.equals("allow") || c.equals("deny"));
                assertThat(table.put(cells.getFirst(), cells.subList(1, cells.size())))
                        .as("duplicate " + line)
                        .isNull();
            }
        }
        return table;
    }

    /** One service method on its Spring proxy, called with dummy arguments. */
    private record Invocable(Object bean, Class<?> type, Method method) {

        boolean allowedFor(Authentication caller, UUID region) {
            ReflectionUtils.makeAccessible(method);
            Object[] arguments = Arrays.stream(method.getParameters())
                    .map(p -> p.isAnnotationPresent(CallerId.class)
                                    && caller.getPrincipal() instanceof SignedInPerson person
                            ? person.accountId()
                            : dummy(p.getType()))
                    .toArray();
            try {
                Callers.call(
                        caller,
                        () -> TenantContext.callAs(region, () -> {
                            try {
                                Object result = method.invoke(bean, arguments);
                                if (result instanceof AutoCloseable opened) {
                                    opened.close(); // e.g. a notice subscription: leave nothing behind in the shared
                                    // context
                                }
                                return result;
                            } catch (IllegalAccessException e) {
                                throw new IllegalStateException(e);
                            } catch (InvocationTargetException e) {
                                throw new Thrown(e.getCause());
                            } catch (Exception closing) {
                                throw new IllegalStateException(closing);
                            }
                        }));
                return true;
            } catch (Thrown thrown) {
                return !refusedBeforeTheBody(thrown.getCause());
            }
        }

        /** Method security refused, and the method's own code never ran (not a refusal further in). */
        private boolean refusedBeforeTheBody(Throwable e) {
            boolean refusal =
                    e instanceof AccessDeniedException || e instanceof AuthenticationCredentialsNotFoundException;
            boolean bodyRan = Arrays.stream(e.getStackTrace())
                    .anyMatch(f -> f.getClassName().equals(type.getName())
                            && f.getMethodName().equals(method.getName()));
            return refusal && !bodyRan;
        }

        private static Object dummy(Class<?> type) {
            if (!type.isPrimitive()) {
                return null;
            }
            if (type == boolean.class) {
                return false;
            }
            if (type == long.class) {
                return 0L;
            }
            if (type == double.class) {
                return 0d;
            }
            return 0;
        }
    }

    /** Carries what the method threw out of the lambdas. */
    private static final class Thrown extends RuntimeException {
        Thrown(Throwable cause) {
            super(cause);
        }
    }
}
