package nl.uitzicht.duoimport;

/** An uploaded file as it came in: its name (for messages) and its bytes. */
public record DuoFile(String name, byte[] content) {
}
