package nl.uitzicht.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import nl.uitzicht.tenancy.Sector;
import org.junit.jupiter.api.Test;

class SchoolTypeTest {

    @Test
    void primaryAndSpecialPrimaryArePoTheRestVo() {
        assertThat(Arrays.stream(SchoolType.values()).filter(t -> t.sector() == Sector.PO))
                .containsExactlyInAnyOrder(SchoolType.BAO, SchoolType.SBO, SchoolType.SO);
        assertThat(Arrays.stream(SchoolType.values()).filter(t -> t.sector() == Sector.VO))
                .containsExactlyInAnyOrder(SchoolType.VSO, SchoolType.VO, SchoolType.PRO);
    }
}
