package id.jht.portal.interfaces.web.pending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FilteredPageTest {

  /** A newest-first list of n rows (n, n-1, ... 1) handed out in windows, counting the calls. */
  private static final class Rows implements FilteredPage.Source<Integer> {
    private final List<Integer> all;
    private final List<int[]> calls = new ArrayList<>();

    Rows(int n) {
      all = IntStream.iterate(n, i -> i - 1).limit(n).boxed().toList();
    }

    @Override
    public List<Integer> window(int first, int max) {
      calls.add(new int[] {first, max});
      if (first >= all.size()) {
        return List.of();
      }
      return all.subList(first, Math.min(all.size(), first + max));
    }
  }

  @Test
  void withoutAFilterOnePageIsOneWindowOfOneMoreRow() {
    Rows rows = new Rows(60);
    FilteredPage<Integer> page = FilteredPage.of(rows, null, 25, 25);
    assertEquals(IntStream.rangeClosed(11, 35).map(i -> 46 - i).boxed().toList(), page.rows());
    assertTrue(page.hasNext());
    assertEquals(1, rows.calls.size());
    assertEquals(26, rows.calls.get(0)[1], "one row more tells whether a next page exists");

    FilteredPage<Integer> last = FilteredPage.of(new Rows(60), null, 50, 25);
    assertEquals(10, last.rows().size());
    assertFalse(last.hasNext());
  }

  @Test
  void aFilteredPageSkipsOnlyKeptRows() {
    Rows rows = new Rows(1_200);
    FilteredPage<Integer> second = FilteredPage.of(rows, i -> i % 10 == 0, 25, 25);
    assertEquals(950, second.rows().get(0), "the 26th multiple of ten from the top");
    assertEquals(710, second.rows().get(24));
    assertTrue(second.hasNext());

    FilteredPage<Integer> end = FilteredPage.of(new Rows(1_200), i -> i % 10 == 0, 100, 25);
    assertEquals(
        List.of(200, 190, 180, 170, 160, 150, 140, 130, 120, 110), end.rows().subList(0, 10));
    assertEquals(20, end.rows().size());
    assertFalse(end.hasNext());
  }

  @Test
  void scanningStopsAtTheLastWindowAndAtTheScanLimit() {
    Rows few = new Rows(30);
    FilteredPage<Integer> page = FilteredPage.of(few, i -> i > 1_000, 0, 25);
    assertTrue(page.rows().isEmpty());
    assertFalse(page.hasNext());
    assertEquals(1, few.calls.size(), "a short window is the last one");

    Rows many = new Rows(100_000);
    FilteredPage.of(many, i -> false, 0, 25);
    assertEquals(FilteredPage.SCAN_LIMIT / FilteredPage.WINDOW, many.calls.size());
  }
}
