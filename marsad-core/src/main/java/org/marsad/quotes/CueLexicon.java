package org.marsad.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.marsad.internal.lex.CharKeyMap;
import org.marsad.internal.lex.FoldedTokens;
import org.marsad.internal.lex.VerbForms;
import org.marsad.text.ArabicNormalizer;

/**
 * Speech cue verbs with all their inflections, generated from {@code cues.tsv} (past, present and
 * participle forms; see the file's header and docs/quotes-framing.md). Matching is on the folded
 * token with the proclitics و ف and the future prefix س removed.
 *
 * <p>Thread-safe once loaded.
 */
final class CueLexicon {
  enum CueClass { SPEECH, CONTINUE, RELAY, OPINION }

  /** One cue verb; {@code complements} are folded extra complementizers (عن، الى). */
  record Cue(String lemma, CueClass cls, Set<String> complements, boolean participle) {}

  private final CharKeyMap<Cue> forms = new CharKeyMap<>();
  private int lemmas;

  static CueLexicon load() {
    CueLexicon lex = new CueLexicon();
    String name = "/org/marsad/quotes/cues.tsv";
    try (InputStream in = CueLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length < 7) {
          throw new IllegalStateException(name + " line " + no + ": expected 7 tab-separated columns, got "
              + c.length + " in '" + line + "'");
        }
        lex.add(c, name, no);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return lex;
  }

  private void add(String[] c, String name, int no) {
    CueClass cls;
    try {
      cls = CueClass.valueOf(c[1].strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(name + " line " + no + ": unknown class '" + c[1]
          + "' (expected speech, continue, relay or opinion)", e);
    }
    Set<String> comps = c[5].strip().equals("-") ? Set.of() : foldAll(c[5].split(","));
    Cue verb = new Cue(c[0].strip(), cls, comps, false);
    Cue part = new Cue(c[0].strip(), cls, comps, true);
    for (String f : inflections(c[2].strip(), c[3].strip(), "-")) {
      forms.put(f, verb);
    }
    for (String f : inflections("-", "-", c[4].strip())) {
      forms.put(f, part);
    }
    if (!c[6].strip().equals("-")) {
      for (String f : c[6].split(",")) {
        String x = ArabicNormalizer.fold(f.strip());
        boolean p = x.length() > 3 && (x.startsWith("م") || x.charAt(1) == 'ا')
            && (x.endsWith("ا") || x.endsWith("ه") || x.endsWith("ين"));
        forms.put(x, p ? part : verb);
      }
    }
    lemmas++;
  }

  /** Folded inflections of a verb given its past 3ms, present 3ms and participle (or -). */
  static List<String> inflections(String past, String present, String participle) {
    return VerbForms.inflections(past, present, participle);
  }

  private static Set<String> foldAll(String[] words) {
    java.util.HashSet<String> s = new java.util.HashSet<>();
    for (String w : words) {
      s.add(ArabicNormalizer.fold(w.strip()));
    }
    return Set.copyOf(s);
  }

  int size() {
    return lemmas;
  }

  /** The cue token {@code i} is an inflection of, or null. */
  Cue lookup(FoldedTokens ft, int i) {
    int n = ft.len(i);
    if (n < 2) {
      return null;
    }
    char[] buf = ft.chars();
    int o = ft.off(i);
    Cue c = forms.get(buf, o, n);
    int off = 0;
    if (c == null && n > 3 && (buf[o] == 'و' || buf[o] == 'ف')) {
      off = 1;
      c = forms.get(buf, o + 1, n - 1);
    }
    if (c == null && n - off > 3 && buf[o + off] == 'س') {
      c = forms.get(buf, o + off + 1, n - off - 1);
    }
    if (c == null && n - off > 4) {
      // An object pronoun: ووصفها بأنها، وأبلغه أن
      int k = buf[o + n - 1] == 'ه' ? 1 : buf[o + n - 1] == 'ا' && buf[o + n - 2] == 'ه' ? 2
          : buf[o + n - 1] == 'م' && buf[o + n - 2] == 'ه' ? 2 : 0;
      if (k > 0) {
        c = forms.get(buf, o + off, n - off - k);
        if (c != null && c.participle()) {
          c = null;
        }
      }
    }
    return c;
  }
}
