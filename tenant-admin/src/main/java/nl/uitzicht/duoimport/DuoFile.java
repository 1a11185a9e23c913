package nl.uitzicht.duoimport;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded or downloaded file as it came in: its name (for messages), its bytes, and for a
 * locations file without a kind-of-school column the kind the administrator (or the DUO address)
 * says it is.
 */
public record DuoFile(String name, byte[] content, @Nullable LocationKind kind) {

    public DuoFile(String name, byte[] content) {
        this(name, content, null);
    }

    public DuoFile withKind(@Nullable LocationKind newKind) {
        return new DuoFile(name, content, newKind);
    }
}
