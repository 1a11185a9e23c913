package nl.uitzicht.opp;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * A lazy grid asks for {@code limit} rows from {@code offset}; Spring Data pages by page number. A
 * grid's requests are aligned (offset a multiple of limit): then one page of {@code limit}; otherwise
 * the rows from the start up to {@code offset + limit}, of which the first {@link #skip} are dropped.
 */
final class Pages {

    private Pages() {}

    static Pageable of(int offset, int limit) {
        return offset % limit == 0 ? PageRequest.of(offset / limit, limit) : PageRequest.of(0, offset + limit);
    }

    /** How many of the fetched rows come before {@code offset}. */
    static int skip(int offset, int limit) {
        return offset % limit == 0 ? 0 : offset;
    }
}
