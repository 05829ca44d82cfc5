package org.marsad.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.input.InputException;
import org.marsad.kb.KbFormatException;
import org.marsad.kb.KbLookupFormatter;
import org.marsad.kb.KbStats;
import org.marsad.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad kb}: inspect the knowledge base, for users curating their own KB files. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Inspects the knowledge base (shipped, plus --kb files).",
    subcommands = {KbCommand.Lookup.class, KbCommand.Stats.class})
final class KbCommand implements Runnable {
  @Override
  public void run() {
    throw new UsageException("a kb command is required (lookup or stats)");
  }

  /** Loads the shipped KB with user files over it; a malformed file is an input error. */
  static KnowledgeBase load(List<Path> userFiles) throws InputException {
    for (Path p : userFiles) {
      EvalCommand.requireFile(p);
    }
    try {
      return userFiles.isEmpty() ? KnowledgeBase.shared() : KnowledgeBase.load(userFiles);
    } catch (KbFormatException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  /** {@code marsad kb lookup NAME [--date D]}. */
  @Command(name = "lookup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Prints the KB candidates for a name or title, with scores and the actor code on a date.")
  static final class Lookup implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "Name, spelling variant or title.")
    List<String> name;

    @Option(names = "--date", paramLabel = "DATE", description = "Date for roles and actor codes (default: today).")
    String date;

    @Option(names = "--kb", paramLabel = "FILE", description = "User KB file over the shipped one (repeatable).")
    List<Path> kb = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      LocalDate d = date == null ? LocalDate.now() : AnalyzeCommand.parsePublished(date, "--date");
      KnowledgeBase base = load(kb);
      String query = String.join(" ", name);
      spec.commandLine().getOut().print(KbLookupFormatter.format(query, d, base.lookup(query, d)));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code marsad kb stats}. */
  @Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Counts the KB's entries by type, people with roles, and load warnings.")
  static final class Stats implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--kb", paramLabel = "FILE", description = "User KB file over the shipped one (repeatable).")
    List<Path> kb = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      long t0 = System.nanoTime();
      KnowledgeBase base = kb.isEmpty() ? KnowledgeBase.load(List.of()) : load(kb);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      spec.commandLine().getOut().print(KbStats.summarize(base));
      spec.commandLine().getOut().printf(java.util.Locale.ROOT, "loaded in %d ms%n", ms);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
