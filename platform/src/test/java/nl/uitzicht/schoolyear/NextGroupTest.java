package nl.uitzicht.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;

import nl.uitzicht.school.SchoolType;
import nl.uitzicht.schoolyear.NextGroup.Step;
import org.junit.jupiter.api.Test;

/** The rollover's group arithmetic: up one year, out after groep 8 or the last VO year, never a guess. */
class NextGroupTest {

    private static NextGroup bao(String group) {
        return NextGroup.of(SchoolType.BAO, group);
    }

    private static NextGroup vo(String group) {
        return NextGroup.of(SchoolType.VO, group);
    }

    @Test
    void primaryGroupsMoveUpKeepingHowTheSchoolWritesThem() {
        assertThat(bao("Groep 1")).isEqualTo(new NextGroup(Step.MOVE_UP, "Groep 2"));
        assertThat(bao("groep 5b")).isEqualTo(new NextGroup(Step.MOVE_UP, "groep 6b"));
        assertThat(bao("gr. 3")).isEqualTo(new NextGroup(Step.MOVE_UP, "gr. 4"));
        assertThat(bao("7A")).isEqualTo(new NextGroup(Step.MOVE_UP, "8A"));
        assertThat(bao("6")).isEqualTo(new NextGroup(Step.MOVE_UP, "7"));
        assertThat(NextGroup.of(SchoolType.SBO, "Groep 4")).isEqualTo(new NextGroup(Step.MOVE_UP, "Groep 5"));
    }

    @Test
    void groepAchtLeaves() {
        assertThat(bao("Groep 8").step()).isEqualTo(Step.LEAVE);
        assertThat(bao("8b").step()).isEqualTo(Step.LEAVE);
    }

    @Test
    void combinationGroupsAndNamesWithoutAYearAreNotGuessed() {
        assertThat(bao("Groep 5/6").step()).isEqualTo(Step.NOT_UNDERSTOOD);
        assertThat(bao("5-6").step()).isEqualTo(Step.NOT_UNDERSTOOD);
        assertThat(bao("Kleuters").step()).isEqualTo(Step.NOT_UNDERSTOOD);
        assertThat(bao("Groep 9").step()).isEqualTo(Step.NOT_UNDERSTOOD);
        assertThat(bao("Groep 0").step()).isEqualTo(Step.NOT_UNDERSTOOD);
        assertThat(NextGroup.of(SchoolType.SO, "De Vlinders").step()).isEqualTo(Step.NOT_UNDERSTOOD);
    }

    @Test
    void voClassesMoveUpByLeerjaarAndLeaveAfterTheLastYearOfTheirTrack() {
        assertThat(vo("1A")).isEqualTo(new NextGroup(Step.MOVE_UP, "2A"));
        assertThat(vo("H3a")).isEqualTo(new NextGroup(Step.MOVE_UP, "H4a"));
        assertThat(vo("3 havo")).isEqualTo(new NextGroup(Step.MOVE_UP, "4 havo"));
        assertThat(vo("4 havo")).isEqualTo(new NextGroup(Step.MOVE_UP, "5 havo"));
        assertThat(vo("5 havo").step()).isEqualTo(Step.LEAVE);
        assertThat(vo("V5")).isEqualTo(new NextGroup(Step.MOVE_UP, "V6"));
        assertThat(vo("V6").step()).isEqualTo(Step.LEAVE);
        assertThat(vo("4 vmbo-k").step()).isEqualTo(Step.LEAVE);
        assertThat(vo("3 mavo")).isEqualTo(new NextGroup(Step.MOVE_UP, "4 mavo"));
        assertThat(vo("4 atheneum")).isEqualTo(new NextGroup(Step.MOVE_UP, "5 atheneum"));
    }

    @Test
    void aVoClassFromYearFourWhoseTrackTheNameDoesNotTellIsNotGuessed() {
        assertThat(vo("4C").step()).isEqualTo(Step.NOT_UNDERSTOOD);
        assertThat(vo("2C")).isEqualTo(new NextGroup(Step.MOVE_UP, "3C"));
        assertThat(vo("Brugklas").step()).isEqualTo(Step.NOT_UNDERSTOOD);
        assertThat(vo("6 havo").step()).isEqualTo(Step.NOT_UNDERSTOOD);
        assertThat(vo("12").step()).isEqualTo(Step.NOT_UNDERSTOOD);
        assertThat(NextGroup.of(SchoolType.VSO, "4B").step()).isEqualTo(Step.NOT_UNDERSTOOD);
        assertThat(NextGroup.of(SchoolType.PRO, "1B")).isEqualTo(new NextGroup(Step.MOVE_UP, "2B"));
    }
}
