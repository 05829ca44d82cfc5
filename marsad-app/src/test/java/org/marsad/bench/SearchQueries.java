package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.text.ArabicNormalizer;

/**
 * Writes a query mix for {@link SearchLoad} from a corpus in the JSONL batch format: distinct
 * queries (so a result cache cannot serve a repeat), one per line, an optional tab and extra
 * parameters. Seeded, so the same corpus gives the same file.
 *
 * <ul>
 *   <li>60%: one to three consecutive words of a random article's title;
 *   <li>25%: an entity name: a form of a knowledge-base entry that occurs in the corpus (picked in
 *       proportion to how often it occurs), as the corpus spells it;
 *   <li>10%: one or two consecutive words of a random article's text;
 *   <li>5%: a quoted two-word phrase from a title, or a title word excluding another.
 * </ul>
 *
 * A third of the lines carry an option: a date window of 1 to 14 days within the corpus's dates,
 * an outlet of the corpus, date order, the second page, or no facets.
 *
 * <pre>java -cp marsad-app/target/test-classes:marsad-app/target/marsad.jar org.marsad.bench.SearchQueries CORPUS.jsonl N OUT</pre>
 */
public final class SearchQueries {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_NAME_WORDS = 4;

  private SearchQueries() {}

  record Article(List<String> title, List<String> text, String source, LocalDate published) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: SearchQueries CORPUS.jsonl N OUT");
      System.exit(1);
    }
    Set<String> out = fromCorpus(Path.of(args[0]), Integer.parseInt(args[1]), KnowledgeBase.shared());
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      out.forEach(w::println);
    }
    System.err.printf(Locale.ROOT, "%d queries written to %s%n", out.size(), args[2]);
  }

  /** Up to {@code n} distinct query lines from a JSONL corpus, with names from {@code kb}. */
  static Set<String> fromCorpus(Path corpus, int n, KnowledgeBase kb) throws IOException {
    Map<String, String> kbForms = kbForms(kb);
    Map<String, Integer> nameCounts = new HashMap<>();
    Map<String, String> nameSurface = new HashMap<>();
    List<Article> articles = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode j = JSON.readTree(line);
        String text = j.path("text").asText("");
        if (text.isBlank()) {
          continue;
        }
        List<String> title = words(j.path("title").asText(""));
        List<String> body = words(text.length() > 1500 ? text.substring(0, 1500) : text);
        String published = j.path("published").asText("");
        articles.add(new Article(title, body, j.path("source").asText(null),
            published.length() >= 10 ? LocalDate.parse(published.substring(0, 10)) : null));
        countNames(title, kbForms, nameCounts, nameSurface);
        countNames(body, kbForms, nameCounts, nameSurface);
      }
    }
    List<String> names = new ArrayList<>();
    nameCounts.forEach((folded, count) -> {
      if (count >= 3) {
        for (int i = 0; i < Math.min(count, 50); i++) {
          names.add(nameSurface.get(folded));
        }
      }
    });
    names.sort(null);
    List<String> outlets = articles.stream().map(Article::source).filter(s -> s != null && !s.isBlank())
        .distinct().sorted().toList();
    LocalDate first = articles.stream().map(Article::published).filter(d -> d != null)
        .min(LocalDate::compareTo).orElse(null);
    LocalDate last = articles.stream().map(Article::published).filter(d -> d != null)
        .max(LocalDate::compareTo).orElse(null);
    return mix(articles, names, outlets, first, last, n);
  }

  /** Up to {@code n} distinct lines (fewer if the corpus is too small to give that many). */
  static Set<String> mix(List<Article> articles, List<String> names, List<String> outlets,
      LocalDate first, LocalDate last, int n) {
    Random rnd = new Random(20151);
    Set<String> out = new LinkedHashSet<>();
    for (long tries = 0; out.size() < n && tries < 100L * n; tries++) {
      String q = query(rnd, articles, names);
      if (q != null) {
        out.add(q + option(rnd, outlets, first, last));
      }
    }
    return out;
  }

  private static String query(Random rnd, List<Article> articles, List<String> names) {
    int kind = rnd.nextInt(100);
    Article a = articles.get(rnd.nextInt(articles.size()));
    if (kind < 60) {
      return span(rnd, a.title(), 1 + rnd.nextInt(3));
    }
    if (kind < 85) {
      return names.isEmpty() ? null : names.get(rnd.nextInt(names.size()));
    }
    if (kind < 95) {
      return span(rnd, a.text(), 1 + rnd.nextInt(2));
    }
    if (rnd.nextBoolean()) {
      String s = span(rnd, a.title(), 2);
      return s == null || s.indexOf(' ') < 0 ? null : '"' + s + '"';
    }
    String w = span(rnd, a.title(), 1);
    String x = span(rnd, articles.get(rnd.nextInt(articles.size())).title(), 1);
    return w == null || x == null || w.equals(x) ? null : w + " -" + x;
  }

  /** {@code len} consecutive words at a random place, with at least one of three letters or more. */
  private static String span(Random rnd, List<String> words, int len) {
    if (words.size() < len) {
      return null;
    }
    int s = rnd.nextInt(words.size() - len + 1);
    List<String> span = words.subList(s, s + len);
    return span.stream().anyMatch(w -> w.length() >= 3) ? String.join(" ", span) : null;
  }

  private static String option(Random rnd, List<String> outlets, LocalDate first, LocalDate last) {
    return switch (rnd.nextInt(15)) {
      case 0 -> {
        if (first == null) {
          yield "";
        }
        int days = (int) (last.toEpochDay() - first.toEpochDay());
        LocalDate from = first.plusDays(rnd.nextInt(days + 1));
        LocalDate to = from.plusDays(rnd.nextInt(14));
        yield "\tfrom=" + from + "&to=" + to;
      }
      case 1 -> outlets.isEmpty() ? "" : "\toutlet=" + outlets.get(rnd.nextInt(outlets.size()));
      case 2 -> "\tsort=date";
      case 3 -> "\toffset=10";
      case 4 -> "\tfacets=0";
      default -> "";
    };
  }

  /** Folded form → form, for every Arabic name form of every KB entry. */
  private static Map<String, String> kbForms(KnowledgeBase kb) {
    Map<String, String> out = new HashMap<>();
    for (KbEntry e : kb.entries()) {
      List<String> forms = new ArrayList<>(e.forms());
      if (e.name() != null) {
        forms.add(e.name());
      }
      for (String f : forms) {
        String folded = String.join(" ", words(ArabicNormalizer.fold(f)));
        if (!folded.isEmpty() && folded.length() >= 3) {
          out.putIfAbsent(folded, f);
        }
      }
    }
    return out;
  }

  private static void countNames(List<String> words, Map<String, String> kbForms,
      Map<String, Integer> counts, Map<String, String> surface) {
    List<String> folded = words.stream().map(ArabicNormalizer::fold).toList();
    for (int i = 0; i < words.size(); i++) {
      StringBuilder b = new StringBuilder();
      for (int len = 1; len <= MAX_NAME_WORDS && i + len <= words.size(); len++) {
        b.append(len == 1 ? "" : " ").append(folded.get(i + len - 1));
        String k = b.toString();
        if (kbForms.containsKey(k)) {
          counts.merge(k, 1, Integer::sum);
          surface.putIfAbsent(k, String.join(" ", words.subList(i, i + len)));
        }
      }
    }
  }

  /** The words of a text: runs of letters. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > s) {
        out.add(text.substring(s, i));
      }
    }
    return out;
  }
}
