package org.marsad.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load generator for {@code GET /api/search}: a fixed number of concurrent clients (closed loop)
 * send a fixed number of requests, taking the lines of a query file in order (one query per line;
 * a line may carry extra parameters after a tab, e.g. {@code sort=date&outlet=okaz}; see
 * {@link SearchQueries}); prints p50, p90, p99, max latency and throughput. Run from a second
 * process against {@code marsad serve}.
 *
 * <p>Several servers (comma-separated URLs, e.g. the old and the new build over copies of one
 * store) are measured side by side on a shared machine: each gets the same warm-up, then the
 * rounds alternate between them, every server getting the same queries in a round. Each round
 * takes the next {@code REQUESTS} lines, so with {@code WARMUP + ROUNDS * REQUESTS} distinct lines
 * no server sees a query twice. Past the end the file wraps around.
 *
 * <pre>java -cp marsad-app/target/test-classes org.marsad.bench.SearchLoad URL[,URL...] QUERIES [CLIENTS] [REQUESTS] [WARMUP] [ROUNDS]</pre>
 */
public final class SearchLoad {
  private SearchLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SearchLoad BASE_URL[,BASE_URL...] QUERY_FILE [CLIENTS=20] "
          + "[REQUESTS=10000] [WARMUP=1000] [ROUNDS=1]");
      System.exit(1);
    }
    List<String> bases = Arrays.stream(args[0].split(",")).map(b -> b.replaceAll("/+$", "")).toList();
    List<String> queries = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).toList();
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int requests = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
    int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 1;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(4)).build();
    for (String base : bases) {
      run(http, base, queries, 0, clients, warmup, false);
    }
    for (int r = 0; r < rounds; r++) {
      for (String base : bases) {
        System.out.printf(Locale.ROOT, "round %d, %s: ", r + 1, base);
        run(http, base, queries, warmup + r * requests, clients, requests, true);
      }
    }
    System.exit(0);
  }

  private static void run(HttpClient http, String base, List<String> queries, int first,
      int clients, int n, boolean report) throws Exception {
    long[] nanos = new long[n];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      pool.execute(() -> {
        int i;
        while ((i = next.getAndIncrement()) < n) {
          String line = queries.get((first + i) % queries.size());
          String[] parts = line.split("\t", 2);
          String url = base + "/api/search?q=" + URLEncoder.encode(parts[0], StandardCharsets.UTF_8)
              + (parts.length > 1 ? "&" + parts[1] : "");
          long s = System.nanoTime();
          try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          nanos[i] = System.nanoTime() - s;
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.HOURS);
    double secs = (System.nanoTime() - t0) / 1e9;
    if (!report) {
      return;
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "%d requests, %d clients, %d errors, %.1f s, %.0f req/s%n", n, clients,
        errors.get(), secs, n / secs);
    System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", ms(nanos, 0.50),
        ms(nanos, 0.90), ms(nanos, 0.99), nanos[n - 1] / 1e6);
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
