package org.marsad.time.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.TimeExpression;
import org.marsad.model.TimeType;
import org.marsad.time.ArabicTimeTagger;

/**
 * Scores {@link ArabicTimeTagger} on a case file: per-category and overall exact-value accuracy,
 * with the failures. The format (UTF-8, tab-separated, {@code #} comments) is described in
 * {@code docs/time.md}:
 *
 * <pre>category  sentence  published|-  expected-text|-  TYPE|-  value|-</pre>
 *
 * A case passes when the expression whose text equals the expected text (else the first one
 * overlapping its first occurrence) has exactly the expected type and value. Expected text {@code -}
 * means the sentence yields no expression; type {@code -} means nothing overlaps the expected text.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeCaseEvaluator {
  /** One line of a case file. */
  public record TimeCase(String category, String sentence, LocalDate published, String text, String type, String value, int line) {
    /** A short name for test reports. */
    public String name() {
      return "line " + line + " [" + category + "] " + (text.equals("-") ? "no time in: " + sentence : text + " → " + value);
    }
  }

  /** The result of one case; {@code actual} describes what the tagger found. */
  public record Outcome(TimeCase timeCase, boolean passed, String actual) {}

  /** Accuracy of one category (or {@code ALL}). */
  public record Score(String category, int total, int passed) {
    public double accuracy() {
      return total == 0 ? 1.0 : (double) passed / total;
    }
  }

  /** Scores per category, the overall score and the failed outcomes. */
  public record Report(List<Score> categories, Score overall, List<Outcome> failures) {
    public Report {
      categories = List.copyOf(categories);
      failures = List.copyOf(failures);
    }
  }

  private TimeCaseEvaluator() {}

  /**
   * Reads a case file.
   *
   * @throws IllegalArgumentException naming the line when it is malformed
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<TimeCase> read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read case file " + file, e);
    }
  }

  /** Parses case lines; {@code source} names them in error messages. */
  public static List<TimeCase> parse(List<String> lines, String source) {
    List<TimeCase> cases = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 6) {
        throw new IllegalArgumentException(source + " line " + (n + 1) + ": expected 6 tab-separated columns"
            + " (category, sentence, published, text, type, value), got " + c.length);
      }
      LocalDate published;
      try {
        published = c[2].equals("-") ? null : LocalDate.parse(c[2].strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(source + " line " + (n + 1) + ": '" + c[2] + "' is not a date (expected yyyy-MM-dd or -)", e);
      }
      cases.add(new TimeCase(c[0].strip(), c[1], published, c[3].strip(), c[4].strip(), c[5].strip(), n + 1));
    }
    return cases;
  }

  /** Runs one case. */
  public static Outcome check(ArabicTimeTagger tagger, TimeCase c) {
    List<TimeExpression> found = tagger.tag(c.sentence(), c.published());
    if (c.text().equals("-")) {
      return new Outcome(c, found.isEmpty(), describe(found));
    }
    TimeExpression e = find(found, c);
    if (c.type().equals("-")) {
      return new Outcome(c, e == null, e == null ? "none" : describe(List.of(e)));
    }
    boolean ok = e != null && e.type() == TimeType.valueOf(c.type().toUpperCase(Locale.ROOT)) && e.value().equals(c.value());
    return new Outcome(c, ok, e == null ? "not found; all: " + describe(found) : describe(List.of(e)));
  }

  private static TimeExpression find(List<TimeExpression> found, TimeCase c) {
    for (TimeExpression e : found) {
      if (e.text().equals(c.text())) {
        return e;
      }
    }
    int at = c.sentence().indexOf(c.text());
    if (at < 0) {
      return null;
    }
    int end = at + c.text().length();
    for (TimeExpression e : found) {
      if (e.start() < end && at < e.end()) {
        return e;
      }
    }
    return null;
  }

  private static String describe(List<TimeExpression> found) {
    if (found.isEmpty()) {
      return "none";
    }
    StringBuilder b = new StringBuilder();
    for (TimeExpression e : found) {
      b.append(b.length() == 0 ? "" : "; ").append(e.text()).append(" | ").append(e.type()).append(" | ").append(e.value());
    }
    return b.toString();
  }

  /** Scores all cases with the shared tagger. */
  public static Report evaluate(List<TimeCase> cases) {
    ArabicTimeTagger tagger = ArabicTimeTagger.shared();
    Map<String, int[]> byCategory = new TreeMap<>();
    List<Outcome> failures = new ArrayList<>();
    int passed = 0;
    for (TimeCase c : cases) {
      Outcome o = check(tagger, c);
      int[] score = byCategory.computeIfAbsent(c.category(), k -> new int[2]);
      score[0]++;
      if (o.passed()) {
        score[1]++;
        passed++;
      } else {
        failures.add(o);
      }
    }
    List<Score> scores = new ArrayList<>();
    byCategory.forEach((k, v) -> scores.add(new Score(k, v[0], v[1])));
    return new Report(scores, new Score("ALL", cases.size(), passed), failures);
  }

  /** {@code TimeCaseEvaluator FILE}: prints the scores and failures; exit status 1 if any case fails. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: TimeCaseEvaluator CASES.tsv");
      System.exit(2);
    }
    Report r = evaluate(read(Path.of(args[0])));
    for (Outcome o : r.failures()) {
      System.out.printf(java.util.Locale.ROOT, "FAIL %s%n     got: %s%n", o.timeCase().name(), o.actual());
    }
    for (Score s : r.categories()) {
      System.out.printf(Locale.ROOT, "%-12s %4d/%-4d %6.2f%%%n", s.category(), s.passed(), s.total(), 100 * s.accuracy());
    }
    Score all = r.overall();
    System.out.printf(Locale.ROOT, "%-12s %4d/%-4d %6.2f%%%n", "ALL", all.passed(), all.total(), 100 * all.accuracy());
    System.exit(r.failures().isEmpty() ? 0 : 1);
  }
}
