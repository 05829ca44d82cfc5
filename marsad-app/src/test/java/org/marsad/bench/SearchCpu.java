package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.store.Filters;
import org.marsad.store.SearchRequest;
import org.marsad.store.SortOrder;
import org.marsad.store.Store;
import org.marsad.store.StoreSearch;

/**
 * The CPU time of one search, in process, single-threaded: {@code StoreSearch.search} over the
 * lines of a query file ({@link SearchQueries}; {@code from}, {@code to}, {@code outlet},
 * {@code sort}, {@code offset} and {@code facets} options), timed with the thread's CPU clock, so
 * other processes on a shared machine barely move the figure (wall-clock latency under load is
 * {@link SearchLoad}'s). Prints mean, p50, p90, p99 and max. Uses only the public search API, so
 * the same class measures an older build of the jar too.
 *
 * <pre>java -cp marsad-app/target/test-classes:marsad-app/target/marsad.jar org.marsad.bench.SearchCpu STORE QUERIES [WARMUP=1000] [N=3000]</pre>
 */
public final class SearchCpu {
  private SearchCpu() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SearchCpu STORE QUERY_FILE [WARMUP=1000] [N=3000]");
      System.exit(1);
    }
    List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).toList();
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    int n = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[n];
    try (Store store = Store.openReadOnly(Path.of(args[0]))) {
      StoreSearch search = new StoreSearch(store);
      for (int i = 0; i < warmup + n; i++) {
        SearchRequest req = request(lines.get(i % lines.size()));
        long t0 = cpu.getCurrentThreadCpuTime();
        search.search(req);
        if (i >= warmup) {
          nanos[i - warmup] = cpu.getCurrentThreadCpuTime() - t0;
        }
      }
    }
    double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "%d searches, CPU ms per search: mean %.2f  p50 %.2f  p90 %.2f"
        + "  p99 %.2f  max %.2f%n", n, mean, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99),
        nanos[n - 1] / 1e6);
  }

  /** A query line as {@link SearchLoad} sends it: the query, then a tab and URL parameters. */
  static SearchRequest request(String line) {
    String[] parts = line.split("\t", 2);
    Map<String, String> p = new HashMap<>();
    if (parts.length > 1) {
      for (String kv : parts[1].split("&")) {
        String[] x = kv.split("=", 2);
        p.put(x[0], x.length > 1 ? x[1] : "");
      }
    }
    Filters f = new Filters(p.containsKey("from") ? LocalDate.parse(p.get("from")) : null,
        p.containsKey("to") ? LocalDate.parse(p.get("to")) : null,
        p.containsKey("outlet") ? List.of(p.get("outlet")) : List.of(), List.of(), List.of(),
        List.of(), null, null);
    return new SearchRequest(parts[0], f, SortOrder.parse(p.get("sort")),
        Integer.parseInt(p.getOrDefault("offset", "0")), 10,
        Integer.parseInt(p.getOrDefault("facets", "10")));
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
