package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import org.marsad.events.eval.ArticleEventEvaluator;
import org.marsad.events.eval.GsrEvaluator;
import org.marsad.framing.eval.ArmproEvaluator;
import org.marsad.input.InputException;
import org.marsad.ner.ModelFormatException;
import org.marsad.ner.PerceptronEntityTagger;
import org.marsad.ner.eval.ConllFormatException;
import org.marsad.ner.eval.NerEvaluator;
import org.marsad.ner.eval.NerReport;
import org.marsad.quotes.eval.GoldQuoteScorer;
import org.marsad.kb.eval.ArticleEvaluator;
import org.marsad.kb.eval.GoldArticles;
import org.marsad.model.DocumentMeta;
import org.marsad.pipeline.Analyzer;
import org.marsad.time.eval.TimeCaseEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad eval}: accuracy against gold data, per type. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Evaluates the analysis against gold data.",
    subcommands = {EvalCommand.Times.class, EvalCommand.Articles.class, EvalCommand.Events.class,
        EvalCommand.Framing.class, EvalCommand.Ner.class})
final class EvalCommand implements Runnable {
  @Override
  public void run() {
    throw new UsageException("an evaluation is required (e.g. 'eval times FILE')");
  }

  /** The command's output as a UTF-8 print stream, for the evaluators' trace lines. */
  static java.io.PrintStream traceStream(CommandSpec spec) {
    PrintWriter out = spec.commandLine().getOut();
    return new java.io.PrintStream(new java.io.OutputStream() {
      private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

      @Override
      public void write(int b) {
        line.write(b);
        if (b == '\n') {
          flush();
        }
      }

      @Override
      public void flush() {
        out.print(line.toString(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
        line.reset();
      }
    }, true, java.nio.charset.StandardCharsets.UTF_8);
  }

  static Path requireFile(Path p) throws InputException {
    if (Files.isDirectory(p)) {
      throw new InputException(p + ": is a directory, not a file");
    }
    if (!Files.isReadable(p)) {
      throw new InputException(p + (Files.exists(p) ? ": permission denied" : ": no such file"));
    }
    return p;
  }

  /** {@code marsad eval articles --gold-dir DIR}: the whole analysis against gold articles. */
  @Command(name = "articles", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {"Scores the analysis on gold articles (NN.txt + NN.gold.json, see docs/gold-format.md):"
          + " entities exactly right, times with the right value."})
  static final class Articles implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold-dir", required = true, paramLabel = "DIR", description = "Directory of gold articles.")
    Path goldDir;

    @Option(names = {"-v", "--verbose"},
        description = "Also list every missed gold event (FN) and every unmatched predicted event (FP).")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
      if (!Files.isDirectory(goldDir)) {
        throw new InputException(goldDir + ": no such directory");
      }
      List<GoldArticles.GoldArticle> gold;
      try {
        gold = GoldArticles.read(goldDir);
      } catch (IllegalArgumentException | java.io.IOException e) {
        throw new InputException(goldDir + ": " + e.getMessage(), e);
      }
      Analyzer analyzer = Analyzer.defaults();
      ArticleEvaluator.Report r = ArticleEvaluator.evaluate(gold,
          (id, text, published) -> analyzer.analyze(new DocumentMeta(id, published, null, null, null), text));
      spec.commandLine().getOut().print(r.format());
      ArticleEventEvaluator.Result ev = new ArticleEventEvaluator(
          (text, published) -> analyzer.analyze(new DocumentMeta(null, published, null, null, null), text),
          verbose ? traceStream(spec) : null).evaluate(goldDir);
      spec.commandLine().getOut().println(ev.report().stripTrailing());
      GoldQuoteScorer.Result q = GoldQuoteScorer.score(goldDir,
          (text, published) -> analyzer.analyze(new DocumentMeta(null, published, null, null, null), text));
      spec.commandLine().getOut().printf(java.util.Locale.ROOT, "quotes with the right speaker: %d/%d = %.1f%%%n", q.found(), q.gold(),
          100 * q.recall());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code marsad eval ner --gold FILE [--json]}: entity-level exact match, micro and per type. */
  @Command(name = "ner", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {"Scores the NER model on a CoNLL file (token label per line, blank line between"
          + " sentences; PER and PERS accepted; the label is the last field)."})
  static final class Ner implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "CoNLL gold file.")
    Path gold;

    @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: the shipped model).")
    Path model;

    @Option(names = "--json", description = "Print {micro, types} as JSON.")
    boolean json;

    @Option(names = "--strict", description = "Reject I- after O instead of reading it as B- (with a warning count).")
    boolean strict;

    @Override
    public Integer call() throws Exception {
      requireFile(gold);
      NerReport r;
      try {
        PerceptronEntityTagger tagger = model == null
            ? PerceptronEntityTagger.shared() : PerceptronEntityTagger.load(requireFile(model));
        r = new NerEvaluator(tagger, strict).evaluate(gold);
      } catch (ConllFormatException | ModelFormatException e) {
        throw new InputException(e.getMessage(), e);
      }
      spec.commandLine().getOut().println(json ? r.toJson() : r.format().stripTrailing());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code marsad eval framing --armpro FILE}: loaded-language spans against ArMPro. */
  @Command(name = "framing", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {"Scores loaded-language detection on ArMPro span annotations (JSONL): precision,"
          + " recall and F1 at span overlap for Loaded_Language and Name_Calling-Labeling."})
  static final class Framing implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--armpro", required = true, paramLabel = "FILE", description = "ArMPro span JSONL.")
    Path armpro;

    @Override
    public Integer call() throws Exception {
      requireFile(armpro);
      Analyzer analyzer = Analyzer.defaults();
      for (ArmproEvaluator.Score s : ArmproEvaluator.evaluate(armpro,
          text -> analyzer.analyze(new DocumentMeta(null, null, null, null, null), text))) {
        spec.commandLine().getOut().println(s);
      }
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code marsad eval events --gsr FILE}: PLOVER types and source countries on coded sentences. */
  @Command(name = "events", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {"Scores event coding on hand-coded sentences (gsr_dev.jsonl format): the right PLOVER"
          + " type per sentence, the source actor's country, wrong-type events per sentence."})
  static final class Events implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gsr", required = true, paramLabel = "FILE", description = "JSONL of coded sentences.")
    Path gsr;

    @Option(names = {"-v", "--verbose"}, description = "Also list every sentence with a missed type,"
        + " a wrong source country or a wrong-type event.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
      requireFile(gsr);
      Analyzer analyzer = Analyzer.defaults();
      GsrEvaluator.Result r = new GsrEvaluator(
          (text, published) -> analyzer.analyze(new DocumentMeta(null, published, null, null, null), text),
          verbose ? traceStream(spec) : null).evaluate(gsr);
      spec.commandLine().getOut().println(r.report().stripTrailing());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code marsad eval times FILE}: exact TIMEX3 values on a case file, per category. */
  @Command(name = "times", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {"Scores the time tagger on a case file (TSV: category, sentence, published or -,"
          + " expected text, type, value; see docs/time.md): exact values per category."})
  static final class Times implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Case file.")
    Path file;

    @Override
    public Integer call() throws Exception {
      requireFile(file);
      TimeCaseEvaluator.Report r;
      try {
        r = TimeCaseEvaluator.evaluate(TimeCaseEvaluator.read(file));
      } catch (IllegalArgumentException e) {
        throw new InputException(e.getMessage(), e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(java.util.Locale.ROOT, "%-28s %7s %7s %9s%n", "category", "cases", "exact", "accuracy");
      for (TimeCaseEvaluator.Score s : r.categories()) {
        out.printf(java.util.Locale.ROOT, "%-28s %7d %7d %8.2f%%%n", s.category(), s.total(), s.passed(), 100 * s.accuracy());
      }
      TimeCaseEvaluator.Score all = r.overall();
      out.printf(java.util.Locale.ROOT, "%-28s %7d %7d %8.2f%%%n", "ALL", all.total(), all.passed(), 100 * all.accuracy());
      for (TimeCaseEvaluator.Outcome o : r.failures()) {
        out.printf(java.util.Locale.ROOT, "FAIL line %d: %s | expected %s, got %s%n", o.timeCase().line(), o.timeCase().sentence(),
            o.timeCase().value(), o.actual());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
