package nl.uitzicht.demo.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the UI load driver knows of one UI's state tree, taken from the UIDL {@code changes} the server
 * sends: each node's tag, id attribute, properties, children and DOM event listeners. Node ids are found
 * by the id attributes the views set (e.g. {@code opp-tabs}, {@code pupil-view-save}), never by position.
 * Feature numbers are Flow's: 0 element data (tag), 1 properties, 2 children, 3 attributes, 4 listeners.
 */
final class UiTree {

    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, Map<String, @Nullable Object>> properties = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final Map<Integer, String> listeners = new HashMap<>();
    private final Map<String, Object> constants = new HashMap<>();

    /** Takes in one UIDL response (or the init's {@code uidl} part). */
    void absorb(Map<String, Object> uidl) {
        Map<String, Object> c = MiniJson.map(uidl.get("constants"));
        if (c != null) {
            constants.putAll(c);
        }
        for (Object o : MiniJson.list(uidl.get("changes"))) {
            Map<String, Object> m = MiniJson.map(o);
            if (m == null) {
                continue;
            }
            int node = MiniJson.integer(m.get("node"));
            String type = String.valueOf(m.get("type"));
            int feat = MiniJson.integer(m.get("feat"));
            Object key = m.get("key");
            switch (type) {
                case "put" -> put(node, feat, key, m.get("value"));
                case "splice" -> splice(node, feat, m);
                case "clear" -> {
                    if (feat == 2) {
                        children.remove(node);
                    }
                }
                case "detach" -> detach(node);
                default -> {}
            }
        }
    }

    private void put(int node, int feat, @Nullable Object key, @Nullable Object value) {
        if (feat == 0 && "tag".equals(key) && value instanceof String tag) {
            tags.put(node, tag);
        } else if (feat == 1 && key instanceof String name) {
            properties.computeIfAbsent(node, n -> new HashMap<>()).put(name, value);
        } else if (feat == 3 && "id".equals(key) && value instanceof String id) {
            byId.put(id, node);
        } else if (feat == 4 && "click".equals(key) && value instanceof String hash) {
            listeners.put(node, hash);
        }
    }

    private void splice(int node, int feat, Map<String, Object> m) {
        if (feat != 2) {
            return;
        }
        List<Integer> kids = children.computeIfAbsent(node, n -> new ArrayList<>());
        int index = Math.max(0, Math.min(kids.size(), MiniJson.integer(m.get("index"))));
        int remove = Math.max(0, MiniJson.integer(m.get("remove")));
        for (int r = 0; r < remove && index < kids.size(); r++) {
            kids.remove(index);
        }
        int at = index;
        for (Object added : MiniJson.list(m.get("addNodes"))) {
            kids.add(Math.min(at++, kids.size()), MiniJson.integer(added));
        }
    }

    private void detach(int node) {
        tags.remove(node);
        properties.remove(node);
        children.remove(node);
        listeners.remove(node);
        byId.values().removeIf(n -> n == node);
    }

    /** The node with this id attribute, or -1. */
    int node(String id) {
        return byId.getOrDefault(id, -1);
    }

    @Nullable
    Object property(int node, String name) {
        Map<String, @Nullable Object> p = properties.get(node);
        return p == null ? null : p.get(name);
    }

    /** The first descendant (depth first) with this tag, or -1. */
    int descendant(int node, String tag) {
        for (int kid : children.getOrDefault(node, List.of())) {
            if (tag.equals(tags.get(kid))) {
                return kid;
            }
            int deeper = descendant(kid, tag);
            if (deeper >= 0) {
                return deeper;
            }
        }
        return -1;
    }

    /** All descendants with this tag, depth first. */
    List<Integer> descendants(int node, String tag) {
        List<Integer> found = new ArrayList<>();
        collect(node, tag, found);
        return found;
    }

    private void collect(int node, String tag, List<Integer> found) {
        for (int kid : children.getOrDefault(node, List.of())) {
            if (tag.equals(tags.get(kid))) {
                found.add(kid);
            }
            collect(kid, tag, found);
        }
    }

    /** The event data a browser sends with a click on this node (the listener's expressions, as constants). */
    String clickData(int node) {
        String hash = listeners.get(node);
        Map<String, Object> expressions = hash == null ? null : MiniJson.map(constants.get(hash));
        StringBuilder b = new StringBuilder("{");
        if (expressions != null) {
            for (String expr : expressions.keySet()) {
                if (!expr.startsWith("event.")) {
                    continue;
                }
                String v = expr.endsWith("Key")
                        ? "false"
                        : expr.equals("event.detail") ? "1" : expr.equals("event.button") ? "0" : "50";
                if (b.length() > 1) {
                    b.append(',');
                }
                b.append(MiniJson.quote(expr)).append(':').append(v);
            }
        }
        return b.append('}').toString();
    }
}
