package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.marsad.ingest.IngestSummary;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.Inputs;
import org.marsad.input.ArticleReader;
import org.marsad.input.InputException;
import org.marsad.pipeline.Analyzer;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad ingest}: analyze articles and store them. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Analyzes articles and stores them in the store DIR (a Lucene index; created if missing).",
      "PATH: .txt/.html files, directories (recursive), .jsonl batches, RSS/Atom feeds (.rss,"
          + " .atom, .xml or an http(s) URL), WARC archives (.warc, .warc.gz).",
      "Idempotent: rerunning adds only what is missing, also after a crash."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok", "1:usage error", "2:input or store error", "3:finished but some articles failed",
      "4:internal error"
    })
final class IngestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, feed URLs.")
  List<String> paths;

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "marsad-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000", description = "Commit after every N new documents (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "20MB", description = "Refuse articles larger than this (default: ${DEFAULT-VALUE}).")
  String maxSize;

  @Option(names = "--optimize", description = "After ingesting, merge the index into one segment (faster searches; takes a while on a large store).")
  boolean optimize;

  @Override
  public Integer call() throws Exception {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new UsageException("--threads must be at least 1, got " + n);
    }
    if (commitEvery < 1) {
      throw new UsageException("--commit-every must be at least 1, got " + commitEvery);
    }
    long max = Sizes.parse(maxSize, "--max-size");
    Inputs.check(paths);
    PrintWriter err = spec.commandLine().getErr();
    IngestSummary s;
    try (Store st = openStore(store); ProgressBar bar = ProgressBars.create("ingest", " articles")) {
      Ingester ingester = new Ingester(st, Analyzer.defaults(), new ArticleReader(null, max),
          new Inputs(max), n, commitEvery, bar::step);
      s = ingester.run(paths);
      if (optimize) {
        long t0 = System.nanoTime();
        st.optimize();
        err.printf(java.util.Locale.ROOT, "marsad: merged the index into one segment in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      }
    }
    err.println("marsad: " + s.line());
    s.failures().forEach(f -> err.println("marsad: failed: " + f));
    if (s.failed() > s.failures().size()) {
      err.println("marsad: ... and " + (s.failed() - s.failures().size()) + " more failures");
    }
    err.flush();
    return s.failed() == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
  }

  static Store openStore(Path dir) throws InputException {
    try {
      return Store.open(dir);
    } catch (StoreException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}
