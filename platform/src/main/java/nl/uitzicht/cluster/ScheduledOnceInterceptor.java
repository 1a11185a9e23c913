package nl.uitzicht.cluster;

import java.lang.reflect.Method;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.annotation.AnnotatedElementUtils;

/** Runs a {@link ScheduledOnce} method under its {@link ClusterLock}. */
final class ScheduledOnceInterceptor implements MethodInterceptor {

    private final ClusterLock lock;

    ScheduledOnceInterceptor(ClusterLock lock) {
        this.lock = lock;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        Method method = invocation.getMethod();
        ScheduledOnce once = AnnotatedElementUtils.findMergedAnnotation(method, ScheduledOnce.class);
        if (once == null) {
            return invocation.proceed();
        }
        Throwable[] failure = new Throwable[1];
        lock.runOnce(once.name(), duration(once.lockAtMostFor()), duration(once.lockAtLeastFor()), () -> {
            try {
                invocation.proceed();
            } catch (Throwable e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return null;
    }

    private static Duration duration(String text) {
        return DurationStyle.detectAndParse(text);
    }
}
