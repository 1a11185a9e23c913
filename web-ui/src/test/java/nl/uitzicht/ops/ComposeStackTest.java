package nl.uitzicht.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The local compose stack runs demo data, so it never runs the prod profile (which would refuse it anyway). */
class ComposeStackTest {

    static final Path COMPOSE = Path.of("../deploy/compose.yaml");

    @Test
    @SuppressWarnings("unchecked")
    void noUitzichtServiceRunsProdWithDemoData() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        List<String> uitzicht = services.entrySet().stream()
                .filter(s -> String.valueOf(s.getValue().get("image")).startsWith("uitzicht/"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(uitzicht).containsExactlyInAnyOrder("migrate", "app");
        for (String name : uitzicht) {
            Map<String, Object> env = (Map<String, Object>) services.get(name).get("environment");
            List<String> profiles = Arrays.stream(
                            String.valueOf(env.get("SPRING_PROFILES_ACTIVE")).split(","))
                    .map(String::trim)
                    .toList();
            assertThat(profiles).as(name).doesNotContain("prod");
            assertThat(env.get("TZ")).as(name + " time zone").isEqualTo("Europe/Amsterdam");
        }
        Map<String, Object> app = (Map<String, Object>) services.get("app").get("environment");
        assertThat(String.valueOf(app.get("SPRING_PROFILES_ACTIVE"))).isEqualTo("demo");
    }
}
