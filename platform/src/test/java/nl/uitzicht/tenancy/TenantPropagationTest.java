package nl.uitzicht.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.uitzicht.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.TaskExecutor;

/** Background work started by a request runs for the same region, and only for it. */
@PlatformTest
class TenantPropagationTest {

    @Autowired
    TaskExecutor applicationTaskExecutor;

    @Test
    void theExecutorCarriesTheRegionIntoTheTask() throws Exception {
        UUID region = UUID.randomUUID();
        CompletableFuture<UUID> seen = new CompletableFuture<>();
        TenantContext.runAs(
                region, () -> applicationTaskExecutor.execute(() -> seen.complete(TenantContext.current())));
        assertThat(seen.get()).isEqualTo(region);

        CompletableFuture<UUID> unbound = new CompletableFuture<>();
        applicationTaskExecutor.execute(() -> unbound.complete(TenantContext.current()));
        assertThat(unbound.get())
                .as("a task started with no region runs with none")
                .isNull();
    }
}
