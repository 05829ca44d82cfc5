package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.cli.bench.NewsCorpus;
import org.marsad.cli.bench.PipelineBench;
import org.marsad.pipeline.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad bench}: speed measurements on real news, reported side by side. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Benchmarks on real news (needs the corpus in ../shared/data).",
    subcommands = {BenchCommand.Pipeline.class})
final class BenchCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new UsageException("a benchmark is required (e.g. 'bench pipeline')");
  }

  /** {@code marsad bench pipeline}: every stage of analyze, 1 and N threads, per-stage shares. */
  @Command(name = "pipeline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Whole-pipeline throughput over the first articles of a news corpus.")
  static final class Pipeline implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", defaultValue = "../shared/data/corpus/saudinewsnet",
        description = "Corpus directory of zipped JSON (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--articles", defaultValue = "1000", description = "Number of articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", defaultValue = "2", description = "Threads for the parallel run (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds; the best is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
      if (articles < 1 || threads < 1 || rounds < 1) {
        throw new UsageException("--articles, --threads and --rounds must be at least 1");
      }
      List<String> texts = NewsCorpus.read(corpus, articles);
      new PipelineBench(Analyzer.defaults(), texts).report(spec.commandLine().getOut(), threads, rounds);
      return ExitCodes.OK;
    }
  }
}
