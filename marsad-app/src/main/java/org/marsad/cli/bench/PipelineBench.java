package org.marsad.cli.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.pipeline.Analyzer;

/**
 * Whole-pipeline throughput: runs every stage of {@code analyze} over a list of articles, with one
 * thread and then with N threads, after a warm-up pass, and reports tokens per second, the speed-up,
 * per-stage shares and the heap in use.
 */
public final class PipelineBench {
  private final Analyzer analyzer;
  private final List<String> articles;

  public PipelineBench(Analyzer analyzer, List<String> articles) {
    this.analyzer = analyzer;
    this.articles = List.copyOf(articles);
  }

  /**
   * Measured throughput of one run: wall time, the CPU time of the analyzing threads, and the CPU
   * time of the rest of the JVM meanwhile (JIT compilers, garbage collector).
   */
  public record Run(int threads, long tokens, long nanos, long workerCpuNanos, long otherCpuNanos) {
    public double tokensPerSecond() {
      return tokens / (nanos / 1e9);
    }
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** CPU time of the whole process, or -1 when the platform does not tell. */
  private static long processCpu() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
  }

  public void report(PrintWriter out, int threads, int rounds) throws Exception {
    // One pool for every parallel round, warmed up like the main thread: the pipeline keeps
    // per-thread state (the NER word cache, the last token view), and a fresh pool per round
    // would measure cold caches rather than parallel throughput.
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    try {
      report(out, threads, rounds, pool);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private void report(PrintWriter out, int threads, int rounds, ExecutorService pool) throws Exception {
    long[] stageNanos = new long[analyzer.stages().size()];
    long[] stageCpu = new long[stageNanos.length];
    long tokens = pass(new long[stageNanos.length], new long[stageNanos.length]); // warm-up: JIT, lazy resources
    if (pool != null) {
      parallel(pool, threads, tokens); // warm-up of the pool's threads
    }
    // Rounds alternate (1 thread, then N) so that both see the same JIT state and machine load.
    Run best1 = null;
    Run bestN = null;
    for (int r = 0; r < rounds; r++) {
      long[] nanos = new long[stageNanos.length];
      long[] cpu = new long[stageNanos.length];
      long p0 = processCpu();
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      pass(nanos, cpu);
      long wall = System.nanoTime() - t0;
      long worker = THREADS.getCurrentThreadCpuTime() - c0;
      Run run = new Run(1, tokens, wall, worker, processCpu() - p0 - worker);
      if (best1 == null || run.nanos() < best1.nanos()) {
        best1 = run;
        System.arraycopy(nanos, 0, stageNanos, 0, nanos.length);
        System.arraycopy(cpu, 0, stageCpu, 0, cpu.length);
      }
      if (pool != null) {
        Run runN = parallel(pool, threads, tokens);
        if (bestN == null || runN.nanos() < bestN.nanos()) {
          bestN = runN;
        }
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heap = rt.totalMemory() - rt.freeMemory();
    out.printf(java.util.Locale.ROOT, "articles: %d, tokens: %d, best of %d rounds%n", articles.size(), tokens, rounds);
    out.printf(java.util.Locale.ROOT, "%-10s %14s %10s %18s %14s%n", "threads", "tokens/s", "articles/s",
        "worker CPU/article", "other JVM CPU");
    out.printf(java.util.Locale.ROOT, "%-10d %,14.0f %,10.1f %15.3f ms %12.2f s%n", 1, best1.tokensPerSecond(),
        articles.size() / (best1.nanos() / 1e9), best1.workerCpuNanos() / 1e6 / articles.size(),
        best1.otherCpuNanos() / 1e9);
    if (bestN != null) {
      out.printf(java.util.Locale.ROOT, "%-10d %,14.0f %,10.1f %15.3f ms %12.2f s   (%.2fx the 1-thread speed)%n",
          threads, bestN.tokensPerSecond(), articles.size() / (bestN.nanos() / 1e9),
          bestN.workerCpuNanos() / 1e6 / articles.size(), bestN.otherCpuNanos() / 1e9,
          bestN.tokensPerSecond() / best1.tokensPerSecond());
      out.println("(worker CPU/article: CPU time of the analyzing threads; the same with N threads means"
          + " no contention between them. Other JVM CPU: JIT compilers and GC meanwhile, which a"
          + " 1-thread run gets from idle cores.)");
    }
    out.println("per-stage share of the 1-thread time (wall; CPU time of the thread, steadier on a"
        + " busy machine):");
    long total = 0;
    long totalCpu = 0;
    for (int i = 0; i < stageNanos.length; i++) {
      total += stageNanos[i];
      totalCpu += stageCpu[i];
    }
    List<String> names = analyzer.stages();
    for (int i = 0; i < names.size(); i++) {
      out.printf(java.util.Locale.ROOT, "  %-12s %6.1f %%  %,10.0f tokens/s   cpu %5.1f %%%n", names.get(i),
          100.0 * stageNanos[i] / total, tokens / (stageNanos[i] / 1e9),
          totalCpu == 0 ? 0.0 : 100.0 * stageCpu[i] / totalCpu);
    }
    out.printf(java.util.Locale.ROOT, "heap in use after the runs: %d MB (max %d MB)%n", heap >> 20, rt.maxMemory() >> 20);
    out.flush();
  }

  private long pass(long[] nanos, long[] cpuNanos) {
    long tokens = 0;
    for (String text : articles) {
      Document d = analyzer.analyzeTimed(new DocumentMeta(null, null, null, null, null), text, nanos,
          cpuNanos);
      tokens += d.tokens().size();
    }
    return tokens;
  }

  private Run parallel(ExecutorService pool, int threads, long tokens) throws Exception {
    AtomicInteger next = new AtomicInteger();
    long p0 = processCpu();
    long t0 = System.nanoTime();
    List<Future<Long>> futures = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        long c0 = THREADS.getCurrentThreadCpuTime();
        int i;
        while ((i = next.getAndIncrement()) < articles.size()) {
          analyzer.analyze(new DocumentMeta(null, null, null, null, null), articles.get(i));
        }
        return THREADS.getCurrentThreadCpuTime() - c0;
      }));
    }
    long worker = 0;
    for (Future<Long> f : futures) {
      worker += f.get();
    }
    long wall = System.nanoTime() - t0;
    return new Run(threads, tokens, wall, worker, processCpu() - p0 - worker);
  }
}
