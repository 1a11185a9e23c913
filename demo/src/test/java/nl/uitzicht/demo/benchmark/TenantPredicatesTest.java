package nl.uitzicht.demo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The benchmark's rewrite of RLS-bound SQL into SQL that names the tenant itself. */
class TenantPredicatesTest {

    static final UUID TENANT = UUID.fromString("11111111-2222-3333-4444-555555555555");
    static final String ONLY_MINE = "(select * from opp where tenant_id = '" + TENANT + "')";

    private final TenantPredicates predicates = new TenantPredicates(List.of("opp", "school"));

    @Test
    void aTableWithAnAliasKeepsItsAlias() {
        assertThat(predicates.rewrite("select count(*) from opp o where o.state = 'ACTIVE'", TENANT))
                .isEqualTo("select count(*) from " + ONLY_MINE + " o where o.state = 'ACTIVE'");
    }

    @Test
    void aTableWithoutAnAliasIsNamedAfterItself() {
        assertThat(predicates.rewrite("select * from opp where state = 'ACTIVE'", TENANT))
                .isEqualTo("select * from " + ONLY_MINE + " opp where state = 'ACTIVE'");
    }

    @Test
    void joinsAndAsAreRewrittenToo() {
        assertThat(predicates.rewrite("select 1 from opp as o join school s on s.id = o.school_id", TENANT))
                .isEqualTo("select 1 from " + ONLY_MINE + " o join (select * from school where tenant_id = '" + TENANT
                        + "') s on s.id = o.school_id");
    }

    @Test
    void otherTablesAndLongerNamesAreLeftAlone() {
        String sql = "select * from opp_version v join region r on r.id = v.tenant_id";
        assertThat(predicates.rewrite(sql, TENANT)).isEqualTo(sql);
    }

    @Test
    void withoutTenantTablesThereIsNothingToRewrite() {
        assertThatThrownBy(() -> new TenantPredicates(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
