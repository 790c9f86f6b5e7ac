package id.jht.portal.interfaces.web.pending;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One page of a newest-first list that a service hands out in windows ({@code first}, {@code max}),
 * optionally narrowed by a condition the service cannot apply itself (an administrator's branch
 * filter). Narrowed lists are scanned in windows up to {@link #SCAN_LIMIT} rows, so a page costs a
 * bounded number of queries however large the table grows.
 *
 * @param rows the page's rows, at most the page size
 * @param hasNext whether at least one more row follows
 */
record FilteredPage<T>(List<T> rows, boolean hasNext) {

  /** The largest window the service gives out at once. */
  static final int WINDOW = 500;

  /** How many rows a narrowed page looks at, at most. */
  static final int SCAN_LIMIT = 5_000;

  /** Hands out rows {@code first} to {@code first + max - 1}, newest first. */
  @FunctionalInterface
  interface Source<T> {
    List<T> window(int first, int max);
  }

  /**
   * @param keep the narrowing condition, or null to take the rows as the source gives them
   * @param first how many (kept) rows come before the page
   */
  static <T> FilteredPage<T> of(Source<T> source, Predicate<T> keep, int first, int size) {
    if (keep == null) {
      List<T> window = source.window(first, size + 1);
      return cut(window, size);
    }
    List<T> kept = new ArrayList<>();
    int wanted = first + size + 1;
    for (int offset = 0; offset < SCAN_LIMIT && kept.size() < wanted; offset += WINDOW) {
      List<T> window = source.window(offset, WINDOW);
      window.stream().filter(keep).forEach(kept::add);
      if (window.size() < WINDOW) {
        break;
      }
    }
    List<T> fromFirst = first >= kept.size() ? List.of() : kept.subList(first, kept.size());
    return cut(fromFirst, size);
  }

  private static <T> FilteredPage<T> cut(List<T> rows, int size) {
    boolean more = rows.size() > size;
    return new FilteredPage<>(List.copyOf(more ? rows.subList(0, size) : rows), more);
  }
}
