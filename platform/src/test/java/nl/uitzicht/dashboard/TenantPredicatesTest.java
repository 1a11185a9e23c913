package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantPredicatesTest {

    private final UUID tenant = UUID.fromString("11111111-2222-3333-4444-555555555555");
    private final TenantPredicates predicates = new TenantPredicates(List.of("opp", "school"));

    @Test
    void aTableWithAnAliasKeepsIt() {
        assertThat(predicates.rewrite("select count(*) from opp o join school s on s.id = o.school_id", tenant))
                .isEqualTo("select count(*) from (select * from opp where tenant_id = '" + tenant + "') o join"
                        + " (select * from school where tenant_id = '" + tenant + "') s on s.id = o.school_id");
    }

    @Test
    void aTableWithoutAnAliasGetsItsOwnName() {
        assertThat(predicates.rewrite("select 1 from opp where state = 'ACTIVE'", tenant))
                .isEqualTo("select 1 from (select * from opp where tenant_id = '" + tenant + "') opp where state = 'ACTIVE'");
    }

    @Test
    void otherTablesAndLookAlikeNamesAreLeftAlone() {
        String sql = "select 1 from region r join opportunity x on true";
        assertThat(predicates.rewrite(sql, tenant)).isEqualTo(sql);
    }

    @Test
    void withoutTenantTablesThereIsNothingToRewrite() {
        assertThatThrownBy(() -> new TenantPredicates(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
