package nl.uitzicht.school;

/** How many open schools of a type a region has, and their pupils. Cached in Redis as JSON (see {@link SchoolCaches}). */
public record SchoolTypeCount(SchoolType type, long schools, long pupils) implements java.io.Serializable {}
