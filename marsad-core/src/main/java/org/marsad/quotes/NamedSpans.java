package org.marsad.quotes;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Mention;

/**
 * The document's entity mentions as sorted character ranges, to tell a name in quotation marks
 * ("العقيد محمد عبدالرحيم العاصمي", «رويترز») from a quotation. Immutable.
 */
final class NamedSpans {
  /** At most this many words in a quotation that is a name rather than a statement. */
  static final int MAX_NAME_WORDS = 6;
  /** The share of a quotation's letters that mentions must cover for it to be a name. */
  static final double NAME_COVER = 0.6;

  private final int[] starts;
  private final int[] ends;
  /** {@code maxEnd[k]}: the furthest end of mentions 0..k, non-decreasing. */
  private final int[] maxEnd;

  NamedSpans(Document doc) {
    List<int[]> spans = new ArrayList<>();
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    starts = new int[spans.size()];
    ends = new int[spans.size()];
    maxEnd = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      starts[i] = spans.get(i)[0];
      ends[i] = spans.get(i)[1];
      maxEnd[i] = Math.max(ends[i], i > 0 ? maxEnd[i - 1] : 0);
    }
  }

  /**
   * Whether {@code text[start, end)} is a name, not a statement: a few words, most of whose
   * letters lie in entity mentions (a title may stand before the name).
   */
  boolean isName(String text, int start, int end) {
    int words = 0;
    int letters = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        letters++;
      }
      boolean word = !Character.isWhitespace(c); // a diacritic does not end a word
      if (word && !inWord) {
        words++;
      }
      inWord = word;
    }
    if (words == 0 || words > MAX_NAME_WORDS) {
      return false;
    }
    return covered(text, start, end) >= NAME_COVER * letters;
  }

  /** The letters of {@code text[start, end)} that lie in some mention. */
  private int covered(String text, int start, int end) {
    int stop = firstAtOrAfter(starts, end); // mentions from here on start at or after end
    int k = firstAbove(maxEnd, start); // mentions before k all end at or before start
    int count = 0;
    int reach = start; // letters before reach are counted already
    for (; k < stop; k++) {
      int from = Math.max(reach, starts[k]);
      int to = Math.min(end, ends[k]);
      for (int c = from; c < to; c++) {
        if (Character.isLetterOrDigit(text.charAt(c))) {
          count++;
        }
      }
      reach = Math.max(reach, to);
    }
    return count;
  }

  /** The first index whose value is at least {@code x} in a non-decreasing array. */
  private static int firstAtOrAfter(int[] a, int x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first index whose value is above {@code x} in a non-decreasing array. */
  private static int firstAbove(int[] a, int x) {
    return firstAtOrAfter(a, x + 1);
  }
}
