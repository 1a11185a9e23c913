package nl.uitzicht.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Test;

/** A job marked {@link ScheduledOnce} runs under its cluster lock; its failure is passed on. */
class ScheduledOnceInterceptorTest {

    static class Jobs {
        @ScheduledOnce(name = "nightly", lockAtMostFor = "30m", lockAtLeastFor = "PT1M")
        void nightly() {
        }

        void plain() {
        }
    }

    private final ClusterLock lock = mock(ClusterLock.class);
    private final ScheduledOnceInterceptor interceptor = new ScheduledOnceInterceptor(lock);

    private static MethodInvocation invocationOf(String method) throws Exception {
        MethodInvocation invocation = mock(MethodInvocation.class);
        when(invocation.getMethod()).thenReturn(Jobs.class.getDeclaredMethod(method));
        return invocation;
    }

    @Test
    void aMarkedJobRunsUnderItsLockWithItsDurations() throws Throwable {
        when(lock.runOnce(anyString(), any(), any(), any())).thenAnswer(i -> {
            i.<Runnable>getArgument(3).run();
            return true;
        });
        MethodInvocation invocation = invocationOf("nightly");
        interceptor.invoke(invocation);
        verify(lock).runOnce(eq("nightly"), eq(Duration.ofMinutes(30)), eq(Duration.ofMinutes(1)), any());
        verify(invocation).proceed();
    }

    @Test
    void whenAnotherNodeHoldsTheLockTheJobSkipsItsTurn() throws Throwable {
        when(lock.runOnce(anyString(), any(), any(), any())).thenReturn(false);
        MethodInvocation invocation = invocationOf("nightly");
        assertThat(interceptor.invoke(invocation)).isNull();
        verify(invocation, never()).proceed();
    }

    @Test
    void aFailingJobsExceptionIsPassedOnAfterTheLock() throws Throwable {
        when(lock.runOnce(anyString(), any(), any(), any())).thenAnswer(i -> {
            i.<Runnable>getArgument(3).run();
            return true;
        });
        MethodInvocation invocation = invocationOf("nightly");
        when(invocation.proceed()).thenThrow(new IllegalStateException("job failed"));
        assertThatThrownBy(() -> interceptor.invoke(invocation)).hasMessage("job failed");
    }

    @Test
    void anUnmarkedMethodRunsWithoutALock() throws Throwable {
        MethodInvocation invocation = invocationOf("plain");
        when(invocation.proceed()).thenReturn("done");
        assertThat(interceptor.invoke(invocation)).isEqualTo("done");
        verify(lock, never()).runOnce(anyString(), any(), any(), any());
    }
}
