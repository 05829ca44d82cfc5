package org.marsad.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.internal.lex.LemmaIndex;
import org.marsad.internal.lex.VerbForms;

/**
 * The curated framing lexicon ({@code lexicon.tsv}): terms of one or more words with a category and
 * a polarity, matched word by word at lemma level through a {@link LemmaIndex}. Thread-safe once
 * loaded.
 */
final class FramingLexicon {
  static final Set<String> CATEGORIES = Set.of("delegitimizing", "legitimizing", "pejorative",
      "emotive", "anonymous_authority");

  /** A term: the lemma ids of its words in order. */
  record Term(int[] words, String category, int polarity) {}

  private final LemmaIndex index = new LemmaIndex();
  private final Map<Integer, List<Term>> byFirst = new HashMap<>();
  /** {@link #byFirst} as an array by lemma id, filled once loaded: no boxing per token. */
  private List<Term>[] byFirstId;
  private int terms;
  private final List<Object[]> singles = new ArrayList<>();

  static FramingLexicon load() {
    FramingLexicon lex = new FramingLexicon();
    String name = "/org/marsad/framing/lexicon.tsv";
    try (InputStream in = FramingLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> excluded = new ArrayList<>();
      List<Object[]> phrases = new ArrayList<>();
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 3) {
          throw new IllegalStateException(name + " line " + no + ": expected term, category, polarity; got '"
              + line + "'");
        }
        if (c[1].equals("exclude")) {
          excluded.add(c);
          continue;
        }
        if (!CATEGORIES.contains(c[1])) {
          throw new IllegalStateException(name + " line " + no + ": unknown category '" + c[1]
              + "' (expected one of " + CATEGORIES + " or exclude)");
        }
        int polarity;
        try {
          polarity = Integer.parseInt(c[2].strip());
        } catch (NumberFormatException e) {
          throw new IllegalStateException(name + " line " + no + ": polarity '" + c[2]
              + "' is not -1, 0 or 1", e);
        }
        (c[0].strip().contains(" ") ? phrases : lex.singles).add(new Object[] {c[0].strip(), c[1], polarity});
      }
      phrases.addAll(0, lex.singles); // single words first: phrases reuse their lemma ids
      for (Object[] e : phrases) {
        lex.add((String) e[0], (String) e[1], (Integer) e[2]);
      }
      for (String[] c : excluded) {
        lex.index.exclude(c[0]);
      }
      lex.byFirstId = byId(lex.byFirst, lex.index.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return lex;
  }

  private void add(String term, String category, int polarity) {
    if (term.contains("/")) {
      addVerb(term, category, polarity);
      return;
    }
    String[] words = term.split(" +");
    int[] ids = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      ids[i] = index.add(words[i]);
    }
    List<Term> list = byFirst.computeIfAbsent(ids[0], k -> new ArrayList<>(1));
    for (Term t : list) {
      if (java.util.Arrays.equals(t.words, ids)) {
        return; // the same lemmas: the first entry wins
      }
    }
    list.add(new Term(ids, category, polarity));
    list.sort((a, b) -> b.words.length - a.words.length);
    terms++;
  }

  /**
   * A verb given as {@code past/present} (دمر/يدمر): every generated inflection ({@link VerbForms}),
   * and the present with the future prefix س (سيدمر), is its own exact core, so a pronoun enclitic
   * may follow (دمرها) but no noun ending is stripped.
   */
  private void addVerb(String term, String category, int polarity) {
    String[] pp = term.split("/", -1);
    if (pp.length != 2 || term.contains(" ")) {
      throw new IllegalArgumentException("a verb is one word as past/present: '" + term + "'");
    }
    List<String> forms = new ArrayList<>(VerbForms.inflections(pp[0], pp[1], "-"));
    for (String f : VerbForms.inflections("-", pp[1], "-")) {
      forms.add("س" + f);
    }
    for (String f : forms) {
      if (f.length() >= 3) {
        add(f + "=", category, polarity);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Term>[] byId(Map<Integer, List<Term>> byFirst, int ids) {
    List<Term>[] out = new List[ids];
    byFirst.forEach((id, ts) -> out[id] = List.copyOf(ts));
    return out;
  }

  LemmaIndex index() {
    return index;
  }

  /** Terms whose first word has lemma {@code id}, longest first. */
  List<Term> startingWith(int id) {
    List<Term> ts = id < byFirstId.length ? byFirstId[id] : null;
    return ts == null ? List.of() : ts;
  }

  int size() {
    return terms;
  }
}
