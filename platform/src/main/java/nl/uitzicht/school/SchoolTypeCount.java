package nl.uitzicht.school;

/** How many open schools of a type a region has, and their pupils. Serializable: cached in Redis. */
public record SchoolTypeCount(SchoolType type, long schools, long pupils) implements java.io.Serializable {
}
