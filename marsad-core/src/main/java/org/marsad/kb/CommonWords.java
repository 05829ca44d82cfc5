package org.marsad.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
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

  static Set<String> shared() {
    return Holder.WORDS;
  }

  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  private static Set<String> load() {
    InputStream raw = CommonWords.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      return Set.of(); // without the lexicon, variants are checked against the KB only
    }
    Set<String> out = new HashSet<>(1 << 16);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab > 0 && parse(line, tab + 1) >= MIN_COUNT) {
          out.add(ArabicNormalizer.fold(line.substring(0, tab)));
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read " + RESOURCE, ex);
    }
    return Set.copyOf(out);
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
