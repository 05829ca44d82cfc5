package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.bench.BenchReport;
import org.marsad.bench.NerBenchmark;
import org.marsad.cli.bench.NewsCorpus;
import org.marsad.ner.PerceptronEntityTagger;
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
    subcommands = {BenchCommand.Pipeline.class, BenchCommand.Ner.class})
final class BenchCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new UsageException("a benchmark is required (e.g. 'bench pipeline')");
  }

  /** {@code marsad bench ner}: our tagger and OpenNLP's NameFinderME, same data, one table. */
  @Command(name = "ner", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {"Trains Apache OpenNLP's NameFinderME (default features) on the training split and"
          + " reports both systems' F1 per type and tagging speed on the test split, side by side."})
  static final class Ner implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--train", defaultValue = "../shared/data/anercorp/train.txt", description = "Training split (default: ${DEFAULT-VALUE}).")
    Path train;

    @Option(names = "--test", defaultValue = "../shared/data/anercorp/test.txt", description = "Test split (default: ${DEFAULT-VALUE}).")
    Path test;

    @Option(names = "--passes", defaultValue = "10", description = "Timed passes per system; the speed is that of the median pass (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      EvalCommand.requireFile(train);
      EvalCommand.requireFile(test);
      if (passes < 1) {
        throw new UsageException("--passes must be at least 1");
      }
      BenchReport r = new NerBenchmark(5, passes).run(train, test, PerceptronEntityTagger.shared());
      spec.commandLine().getOut().println(json ? r.toJson() : r.format().stripTrailing());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
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
