package nl.uitzicht.cache;

import java.lang.reflect.Method;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.interceptor.SimpleKeyGenerator;

/**
 * Cache keys that start with the current region, so one region's cached aggregates can never be
 * served to another. With {@code includeArguments} false the key is the region alone (for
 * evicting what a no-argument method cached).
 */
final class TenantKeyGenerator implements KeyGenerator {

    private final boolean includeArguments;

    TenantKeyGenerator(boolean includeArguments) {
        this.includeArguments = includeArguments;
    }

    @Override
    public Object generate(Object target, Method method, Object... params) {
        String tenant = TenantContext.require().toString();
        if (!includeArguments || params.length == 0) {
            return tenant;
        }
        return tenant + ":" + SimpleKeyGenerator.generateKey(params);
    }
}
