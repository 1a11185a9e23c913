package nl.uitzicht.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread prepares, through any code (JPA, JdbcTemplate) that
 * takes its connections from the application's data source: for tests that bound the statements a
 * screen or a service call costs (issue 13), so an N+1 cannot come back unnoticed. Import it in the
 * shared test context; it wraps every {@link DataSource} bean (as a subclass proxy, so its type stays)
 * and records only while {@link #record} runs on this thread, so background work is not counted.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** {@code body}'s result and the statements it made on this thread. */
    public static <T> Recorded<T> record(Supplier<T> body) {
        List<String> previous = RECORDING.get();
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            T result = body.get();
            return new Recorded<>(result, List.copyOf(statements));
        } finally {
            if (previous == null) {
                RECORDING.remove();
            } else {
                previous.addAll(statements);
                RECORDING.set(previous);
            }
        }
    }

    /** A result and the statements made for it. */
    public record Recorded<T>(T result, List<String> statements) {}

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource)) {
            return bean;
        }
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            Object result = invocation.proceed();
            return result instanceof Connection c
                            && invocation.getMethod().getName().equals("getConnection")
                    ? counting(c)
                    : result;
        });
        return factory.getProxy();
    }

    private static Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("equals")) {
                        return proxy == args[0] || target.equals(args[0]);
                    }
                    if (name.equals("hashCode")) {
                        return target.hashCode();
                    }
                    List<String> recording = RECORDING.get();
                    if (recording != null) {
                        if ((name.equals("prepareStatement") || name.equals("prepareCall"))
                                && args != null
                                && args[0] instanceof String sql) {
                            recording.add(sql);
                        } else if (name.equals("createStatement")) {
                            recording.add("(plain statement)");
                        }
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
