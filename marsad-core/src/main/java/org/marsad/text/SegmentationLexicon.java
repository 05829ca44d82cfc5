package org.marsad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The word lists the clitic segmenter consults: corpus frequencies of whole words (folded with
 * {@link CliticSegmenter#segmentationFold}), and words that must never be split (function words
 * and names that begin with a clitic-like letter: بغداد، لبنان، فلسطين).
 *
 * <p>Loaded once from the classpath; immutable and thread-safe.
 */
public final class SegmentationLexicon {
  static final String COUNTS = "/org/marsad/text/word-counts.tsv.gz";
  static final String KEEP_WHOLE = "/org/marsad/text/keep-whole.txt";

  private final CharArrayCounts counts;
  private final CharArrayCounts keepWhole;

  SegmentationLexicon(CharArrayCounts counts, CharArrayCounts keepWhole) {
    this.counts = counts;
    this.keepWhole = keepWhole;
  }

  /** The shipped lexicon, loaded on first use. */
  public static SegmentationLexicon shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final SegmentationLexicon INSTANCE = loadShipped();
  }

  static SegmentationLexicon loadShipped() {
    CharArrayCounts.Builder counts = new CharArrayCounts.Builder();
    CharArrayCounts.Builder whole = new CharArrayCounts.Builder();
    try (BufferedReader r = reader(COUNTS, true)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IllegalStateException(COUNTS + " line " + n + ": expected 'word<TAB>count'");
        }
        counts.add(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + COUNTS, e);
    }
    try (BufferedReader r = reader(KEEP_WHOLE, false)) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          whole.add(CliticSegmenter.segmentationFold(line), 1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + KEEP_WHOLE, e);
    }
    return new SegmentationLexicon(counts.build(), whole.build());
  }

  private static BufferedReader reader(String resource, boolean gzip) throws IOException {
    InputStream in = SegmentationLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " is missing from the classpath");
    }
    InputStream s = gzip ? new GZIPInputStream(in, 1 << 16) : in;
    return new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8), 1 << 16);
  }

  int count(char[] buf, int off, int len) {
    return counts.count(buf, off, len);
  }

  /** The slot of a word with a corpus count, or -1; see {@link CharArrayCounts#slot}. */
  int slot(char[] buf, int off, int len) {
    return counts.slot(buf, off, len);
  }

  int slotCapacity() {
    return counts.capacity();
  }

  int wordAt(int slot, char[] out) {
    return counts.wordAt(slot, out);
  }

  boolean keepWhole(char[] buf, int off, int len) {
    return keepWhole.contains(buf, off, len);
  }

  /** Number of words with a corpus count. */
  public int size() {
    return counts.size();
  }
}
