package nl.uitzicht.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/** The Kubernetes objects `helm template` rendered, with small helpers to walk them. */
record RenderedChart(String text, List<Map<String, Object>> objects) {

    @SuppressWarnings("unchecked")
    static RenderedChart parse(String text) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(text)) {
            if (document instanceof Map<?, ?> map) {
                objects.add((Map<String, Object>) map);
            }
        }
        return new RenderedChart(text, objects);
    }

    List<String> kinds() {
        return objects.stream().map(o -> (String) o.get("kind")).sorted().toList();
    }

    Optional<Map<String, Object>> find(String kind) {
        List<Map<String, Object>> all = all(kind);
        if (all.size() > 1) {
            throw new AssertionError("More than one " + kind);
        }
        return all.stream().findFirst();
    }

    Map<String, Object> one(String kind) {
        return find(kind).orElseThrow(() -> new AssertionError("No " + kind + " rendered; kinds: " + kinds()));
    }

    List<Map<String, Object>> all(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    /** A value at a dotted path; list elements by index ("containers.0"). */
    @SuppressWarnings("unchecked")
    static <T> T at(Object root, String path) {
        Object current = root;
        for (String part : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(part);
            } else if (current instanceof List<?> list) {
                current = list.get(Integer.parseInt(part));
            } else {
                throw new AssertionError("No " + path + " (stopped at " + part + ")");
            }
            if (current == null) {
                throw new AssertionError("No " + path + " (missing " + part + ")");
            }
        }
        return (T) current;
    }

    static Map<String, Object> container(Map<String, Object> object) {
        return "Pod".equals(object.get("kind"))
                ? at(object, "spec.containers.0")
                : at(object, "spec.template.spec.containers.0");
    }

    /** A container's env as name → entry (each entry has either value or valueFrom). */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> env(Map<String, Object> workload) {
        List<Map<String, Object>> env =
                (List<Map<String, Object>>) container(workload).get("env");
        Map<String, Map<String, Object>> byName = new java.util.LinkedHashMap<>();
        for (Map<String, Object> entry : env) {
            if (byName.put((String) entry.get("name"), entry) != null) {
                throw new AssertionError("Env " + entry.get("name") + " set twice");
            }
        }
        return byName;
    }
}
