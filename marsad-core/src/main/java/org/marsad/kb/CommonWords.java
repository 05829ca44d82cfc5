package org.marsad.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.marsad.text.ArabicNormalizer;

/**
 * Words frequent in the news corpus behind the segmentation lexicon
 * ({@code org/marsad/text/word-counts.tsv.gz}). A frequent word is a word in its own right, never a
 * misspelling of a KB name, so variant matching skips it ({@code العالم} is not
 * {@code العليمي}). Folded with {@link ArabicNormalizer#fold}. Immutable and thread-safe.
 */
final class CommonWords {
  static final String RESOURCE = "/org/marsad/text/word-counts.tsv.gz";
  static final int MIN_COUNT = 30;

  private CommonWords() {}

  /** Corpus counts of words seen at least {@link #MIN_COUNT} times. */
  static Map<String, Integer> shared() {
    return Holder.WORDS;
  }

  /** Whether {@code w} is seen often enough to be a word in its own right. */
  static boolean common(String w) {
    return Holder.WORDS.containsKey(w);
  }

  /** The corpus count of {@code w}, 0 if below {@link #MIN_COUNT}. */
  static int count(String w) {
    return Holder.WORDS.getOrDefault(w, 0);
  }

  private static final class Holder {
    static final Map<String, Integer> WORDS = load();
  }

  private static Map<String, Integer> load() {
    InputStream raw = CommonWords.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      return Map.of(); // without the lexicon, variants are checked against the KB only
    }
    Map<String, Integer> out = new HashMap<>(1 << 16);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        int n = tab > 0 ? parse(line, tab + 1) : 0;
        if (n >= MIN_COUNT) {
          out.merge(ArabicNormalizer.fold(line.substring(0, tab)), n, Integer::sum);
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read " + RESOURCE, ex);
    }
    return Collections.unmodifiableMap(out); // HashMap: faster probes than Map.copyOf
  }

  private static int parse(String s, int from) {
    int v = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
