package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.input.InputException;
import org.marsad.ner.eval.ConllFormatException;
import org.marsad.ner.train.NerTrainer;
import org.marsad.ner.train.TrainReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad train}: rebuild the shipped models from data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Trains the models that ship in the jar (recipes: docs/recipes.md).",
    subcommands = {TrainCommand.Ner.class})
final class TrainCommand implements Runnable {
  @Override
  public void run() {
    throw new UsageException("a model is required (e.g. 'train ner')");
  }

  /**
   * {@code marsad train ner --train FILE [--corpus DIR [--teacher-gazetteers DIR]] --out MODEL}:
   * the shipped model's recipe (scripts/train-ner.sh) when given its data.
   */
  @Command(name = "ner", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {"Trains the NER model (averaged perceptron) on a CoNLL file, selecting epochs by"
          + " cross-validation on it; deterministic for a given --seed. See docs/ner.md."})
  static final class Ner implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "CoNLL training file (token label per line).")
    Path train;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Unlabeled news (zipped JSON) to learn word clusters and the label prior from; default: the shipped clusters.")
    Path corpus;

    @Option(names = "--teacher-gazetteers", paramLabel = "DIR", description = "Name lists (ANERGazet, GATE, ANETAC layout, e.g. ../shared/data/gazetteers) that only the teachers of the label prior see; the model holds none of them. Needs --corpus.")
    Path teacherGazetteers;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print the training report as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      EvalCommand.requireFile(train);
      if (corpus != null && !Files.isDirectory(corpus)) {
        throw new InputException(corpus + ": no such corpus directory");
      }
      if (teacherGazetteers != null && corpus == null) {
        throw new UsageException("--teacher-gazetteers needs --corpus: the teachers tag the corpus");
      }
      if (teacherGazetteers != null && !Files.isDirectory(teacherGazetteers)) {
        throw new InputException(teacherGazetteers + ": no such gazetteer directory");
      }
      TrainReport r;
      try {
        r = NerTrainer.recipe(corpus != null, teacherGazetteers).train(train, corpus, out, seed);
      } catch (ConllFormatException e) {
        throw new InputException(e.getMessage(), e);
      }
      spec.commandLine().getOut().println(json ? r.toJson() : r.format().stripTrailing());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
