package nl.uitzicht.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TenantContextTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();

    @AfterEach
    void clear() {
        TenantContext.clear();
    }

    @Test
    void nothingBoundMeansNoRegion() {
        assertThat(TenantContext.current()).isNull();
        assertThat(TenantContext.find()).isEmpty();
        assertThatThrownBy(TenantContext::require).isInstanceOf(TenantContext.NoTenantBoundException.class);
    }

    @Test
    void callAsRestoresWhatWasBoundAlsoAfterAnException() {
        TenantContext.bind(a);
        assertThat(TenantContext.callAs(b, TenantContext::require)).isEqualTo(b);
        assertThat(TenantContext.require()).isEqualTo(a);
        assertThatThrownBy(() -> TenantContext.runAs(b, () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(TenantContext.require()).isEqualTo(a);
    }

    @Test
    void callAsWithNothingBoundLeavesNothingBound() {
        TenantContext.runAs(a, () -> assertThat(TenantContext.current()).isEqualTo(a));
        assertThat(TenantContext.current()).isNull();
    }

    @Test
    void theTaskDecoratorCarriesTheSubmittersRegionAndRestoresTheWorkersOwn() throws Exception {
        TenantPropagatingTaskDecorator decorator = new TenantPropagatingTaskDecorator();
        AtomicReference<UUID> seen = new AtomicReference<>();
        TenantContext.bind(a);
        Runnable task = decorator.decorate(() -> seen.set(TenantContext.current()));
        TenantContext.clear();
        AtomicReference<UUID> afterwards = new AtomicReference<>();
        Thread worker = Thread.ofVirtual().start(() -> {
            TenantContext.bind(b);
            task.run();
            afterwards.set(TenantContext.current());
        });
        worker.join();
        assertThat(seen).hasValue(a);
        assertThat(afterwards).hasValue(b);
    }

    @Test
    void aTaskSubmittedWithoutARegionRunsWithoutOne() {
        TenantPropagatingTaskDecorator decorator = new TenantPropagatingTaskDecorator();
        AtomicReference<UUID> seen = new AtomicReference<>(a);
        Runnable task = decorator.decorate(() -> seen.set(TenantContext.current()));
        TenantContext.bind(b);
        task.run();
        assertThat(seen.get()).isNull();
        assertThat(TenantContext.current()).isEqualTo(b);
    }

    @Test
    void hibernateSeesANoRowsTenantWhenNothingIsBound() {
        TenantIdentifierResolver resolver = new TenantIdentifierResolver();
        assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo(TenantContext.NO_TENANT);
        TenantContext.bind(a);
        assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo(a);
        assertThat(resolver.isRoot(a)).isFalse();
    }
}
