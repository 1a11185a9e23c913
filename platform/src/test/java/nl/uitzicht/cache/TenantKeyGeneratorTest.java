package nl.uitzicht.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.UUID;
import nl.uitzicht.tenancy.TenantContext;
import org.junit.jupiter.api.Test;

/** A region's cached aggregates can never be served to another region. */
class TenantKeyGeneratorTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final Method method;

    TenantKeyGeneratorTest() throws NoSuchMethodException {
        method = Object.class.getMethod("toString");
    }

    @Test
    void keysStartWithTheBoundRegion() {
        TenantKeyGenerator withArgs = new TenantKeyGenerator(true);
        Object keyA = TenantContext.callAs(a, () -> withArgs.generate(this, method, "x", 1));
        Object keyB = TenantContext.callAs(b, () -> withArgs.generate(this, method, "x", 1));
        assertThat(keyA.toString()).startsWith(a + ":");
        assertThat(keyA).isNotEqualTo(keyB);
        assertThat(TenantContext.callAs(a, () -> withArgs.generate(this, method, "y", 1)))
                .isNotEqualTo(keyA);
    }

    @Test
    void withoutArgumentsTheKeyIsTheRegionAlone() {
        TenantKeyGenerator regionOnly = new TenantKeyGenerator(false);
        assertThat(TenantContext.callAs(a, () -> regionOnly.generate(this, method, "x")))
                .isEqualTo(a.toString());
        assertThat(TenantContext.callAs(a, () -> new TenantKeyGenerator(true).generate(this, method)))
                .isEqualTo(a.toString());
    }

    @Test
    void noRegionNoKey() {
        assertThatThrownBy(() -> new TenantKeyGenerator(true).generate(this, method, "x"))
                .isInstanceOf(TenantContext.NoTenantBoundException.class);
    }
}
