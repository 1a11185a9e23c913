package nl.uitzicht.school;

/** How many open schools of a type a region has, and their pupils. */
public record SchoolTypeCount(SchoolType type, long schools, long pupils) {
}
