package org.marsad.bench;

import java.util.List;
import java.util.Locale;
import org.marsad.model.EntityType;
import org.marsad.ner.Labels;
import org.marsad.ner.eval.Counts;

/** Both systems' per-type F1 and speed on one test split, from one {@link NerBenchmark} run. */
public record BenchReport(String train, String test, int testTokens,
    List<NerBenchmark.SystemResult> systems) {
  private static final EntityType[] ORDER =
      {EntityType.PER, EntityType.LOC, EntityType.ORG, EntityType.MISC};

  public BenchReport {
    systems = List.copyOf(systems);
  }

  /** Our speed (warm word cache) over OpenNLP's. */
  public double speedRatio() {
    return systems.get(0).tokensPerSecond() / systems.get(1).tokensPerSecond();
  }

  public String format() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "NER benchmark: train %s, test %s (%d tokens)%n", train,
        test, testTokens));
    b.append(String.format(Locale.ROOT, "%-22s %7s %7s %7s %7s %7s %12s%n", "system", "PERS",
        "LOC", "ORG", "MISC", "micro", "tokens/s"));
    for (NerBenchmark.SystemResult s : systems) {
      b.append(String.format(Locale.ROOT, "%-22s", s.name()));
      for (EntityType t : ORDER) {
        b.append(String.format(Locale.ROOT, " %7.4f", s.types().get(t).f1()));
      }
      b.append(String.format(Locale.ROOT, " %7.4f %,12.0f%n", s.micro().f1(), s.tokensPerSecond()));
    }
    b.append(String.format(Locale.ROOT, "speed ratio (Marsad / OpenNLP): %.1fx", speedRatio()));
    if (systems.size() > 2) {
      b.append(String.format(Locale.ROOT, ", with a cold word cache %.1fx",
          systems.get(2).tokensPerSecond() / systems.get(1).tokensPerSecond()));
    }
    b.append(String.format(Locale.ROOT, "%n"));
    return b.toString();
  }

  public String toJson() {
    StringBuilder b = new StringBuilder("{\"test_tokens\": ").append(testTokens)
        .append(", \"systems\": [");
    String sep = "";
    for (NerBenchmark.SystemResult s : systems) {
      b.append(sep).append("{\"name\": \"").append(s.name()).append("\", \"micro\": ")
          .append(s.micro().toJson()).append(", \"types\": {");
      String tsep = "";
      for (EntityType t : ORDER) {
        b.append(tsep).append('"').append(Labels.typeName(t)).append("\": ")
            .append(s.types().get(t).toJson());
        tsep = ", ";
      }
      b.append(String.format(Locale.ROOT, "}, \"tokens_per_second\": %.0f}", s.tokensPerSecond()));
      sep = ", ";
    }
    return b.append(String.format(Locale.ROOT, "], \"speed_ratio\": %.2f}", speedRatio()))
        .toString();
  }

  /** {@code BenchReport} entry point: {@code --train FILE --test FILE [--model FILE]}. */
  static void run(String[] args) throws java.io.IOException {
    java.nio.file.Path train = null;
    java.nio.file.Path test = null;
    java.nio.file.Path model = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--train" -> train = java.nio.file.Path.of(args[i + 1]);
        case "--test" -> test = java.nio.file.Path.of(args[i + 1]);
        case "--model" -> model = java.nio.file.Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    org.marsad.ner.PerceptronEntityTagger tagger = model == null
        ? org.marsad.ner.PerceptronEntityTagger.shared()
        : org.marsad.ner.PerceptronEntityTagger.load(model);
    System.out.print(new NerBenchmark(5, 10).run(train, test, tagger).format());
  }

  /** Runs {@link #run}; bad input or a bad model prints one line and exits with status 2. */
  public static void main(String[] args) {
    try {
      run(args);
    } catch (RuntimeException | java.io.IOException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    }
  }
}
