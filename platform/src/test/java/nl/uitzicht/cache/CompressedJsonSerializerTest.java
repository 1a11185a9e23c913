package nl.uitzicht.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.DeflaterOutputStream;
import nl.uitzicht.dashboard.Cell;
import nl.uitzicht.dashboard.Dashboard;
import nl.uitzicht.dashboard.DashboardFilter;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.school.SchoolTypeCount;
import nl.uitzicht.tenancy.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.serializer.SerializationException;
import tools.jackson.databind.json.JsonMapper;

/** Cache values as JSON of their declared type: every cached type survives the trip, anything else is refused. */
class CompressedJsonSerializerTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static CompressedJsonSerializer serializer(CachedValue declared) {
        return new CompressedJsonSerializer(JSON, declared.javaType(JSON.getTypeFactory()));
    }

    final CompressedJsonSerializer dashboards = serializer(CachedValue.of("region-dashboard", Dashboard.class));
    final CompressedJsonSerializer profiles = serializer(CachedValue.listOf("school-profile", SchoolTypeCount.class));

    @Test
    void aWholeDashboardComesBackEqual() {
        UUID school = UUID.randomUUID();
        UUID category = UUID.randomUUID();
        Dashboard dashboard = new Dashboard(
                new DashboardFilter(SchoolYear.of(LocalDate.of(2025, 8, 1)), null, SchoolType.SBO, Sector.PO),
                List.of(new Dashboard.SchoolRate(school, "De Regenboog", SchoolType.SBO, 180, Cell.of(3))),
                List.of(new Dashboard.TypeRate(
                        SchoolType.SBO, 1, 180, Cell.of(12).suppress())),
                Cell.of(12),
                180,
                List.of(new Dashboard.MonthCount(YearMonth.of(2026, 1), Cell.of(0))),
                new Dashboard.Quality(
                        List.of(new Dashboard.ItemScore(1, "A1", Cell.of(7), 1.5)),
                        null,
                        List.of(new Dashboard.Compliance("goal", Cell.of(9), Cell.of(6), 0.67)),
                        0.5),
                new Dashboard.Mirror(
                        List.of(new Dashboard.MirrorSchool(
                                school, "De Regenboog", SchoolType.SBO, 180, Cell.of(8), null)),
                        List.of(new Dashboard.MirrorCategory(category, "Dyslexie", true, Cell.of(8))),
                        List.of(List.of(Cell.of(8))),
                        List.of(List.of(true)),
                        Cell.of(8),
                        "region"),
                new Dashboard.Reach(
                        2,
                        14,
                        Map.of("MAPPED", 10, "REACHED", 4),
                        3,
                        9,
                        5,
                        List.of(new Dashboard.MonthConversations(YearMonth.of(2026, 2), 9, 5))));

        assertThat(dashboards.deserialize(dashboards.serialize(dashboard))).isEqualTo(dashboard);
    }

    @Test
    void aSchoolProfileComesBackAsAListOfItsRecords() {
        List<SchoolTypeCount> profile =
                List.of(new SchoolTypeCount(SchoolType.VO, 3, 2400), new SchoolTypeCount(SchoolType.PRO, 1, 150));
        Object read = profiles.deserialize(profiles.serialize(profile));
        assertThat(read).isEqualTo(profile);
        assertThat(((List<?>) read).getFirst()).isInstanceOf(SchoolTypeCount.class);
    }

    @Test
    void aJavaSerializedGadgetIsRefusedWithoutBeingRead() throws IOException {
        byte[] planted = Tripwire.plantedValue();
        assertThatThrownBy(() -> profiles.deserialize(planted)).isInstanceOf(SerializationException.class);
        assertThat(Tripwire.TRIPPED).as("no Java deserialization took place").isFalse();
    }

    @Test
    void jsonOfAnotherShapeOrWithTypeHintsIsRefused() throws IOException {
        assertThatThrownBy(() -> profiles.deserialize(deflate("{\"@class\":\"java.util.PriorityQueue\"}")))
                .isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> dashboards.deserialize(deflate("[\"java.util.PriorityQueue\",[]]")))
                .isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> profiles.deserialize("not deflated".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void onlyTheDeclaredTypeIsWritten() {
        assertThatThrownBy(() -> dashboards.serialize(List.of())).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> dashboards.serialize(null)).isInstanceOf(SerializationException.class);
    }

    private static byte[] deflate(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
            deflate.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
