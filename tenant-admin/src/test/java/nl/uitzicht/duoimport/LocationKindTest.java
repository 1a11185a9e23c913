package nl.uitzicht.duoimport;

import static org.assertj.core.api.Assertions.assertThat;

import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.Sector;
import org.junit.jupiter.api.Test;

class LocationKindTest {

    @Test
    void aSpecialSchoolIsSoInAPoRegionAndVsoInAVoRegion() {
        assertThat(LocationKind.SO_VSO.schoolType(Sector.PO)).isEqualTo(SchoolType.SO);
        assertThat(LocationKind.SO_VSO.schoolType(Sector.VO)).isEqualTo(SchoolType.VSO);
    }

    @Test
    void theOtherKindsAreTheSameInEverySector() {
        for (Sector sector : Sector.values()) {
            assertThat(LocationKind.BAO.schoolType(sector)).isEqualTo(SchoolType.BAO);
            assertThat(LocationKind.SBO.schoolType(sector)).isEqualTo(SchoolType.SBO);
            assertThat(LocationKind.VO.schoolType(sector)).isEqualTo(SchoolType.VO);
        }
    }

    @Test
    void aRegionNeedsTheLocationsOfItsSectorsKinds() {
        assertThat(DuoOpenData.kindsFor(Sector.PO))
                .containsExactly(LocationKind.BAO, LocationKind.SBO, LocationKind.SO_VSO);
        assertThat(DuoOpenData.kindsFor(Sector.VO)).containsExactly(LocationKind.VO, LocationKind.SO_VSO);
    }

    @Test
    void oneImportTakesTheSwvFileAndAtMostOneFilePerKind() {
        assertThat(DuoLimits.MAX_FILES).isEqualTo(5);
        DuoFile file = new DuoFile("vestigingen.csv", new byte[] {1});
        assertThat(file.kind()).isNull();
        assertThat(file.withKind(LocationKind.SBO).kind()).isEqualTo(LocationKind.SBO);
        assertThat(file.withKind(LocationKind.SBO).name()).isEqualTo("vestigingen.csv");
    }
}
