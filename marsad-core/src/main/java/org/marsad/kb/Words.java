package org.marsad.kb;

import java.util.ArrayList;
import java.util.List;

/** Splits folded text into words: maximal runs of letters and digits. Stateless. */
final class Words {
  private Words() {}

  /**
   * A word of the normalized text, {@code [start, end)} in normalized chars; {@code spaced} when
   * only whitespace separates it from the previous word, so that a phrase may run on into it.
   */
  record Word(int start, int end, String text, boolean spaced, List<Variants.Stripped> variants,
      int[] flags) {}

  static List<Word> split(String normalized) {
    List<Word> out = new ArrayList<>(normalized.length() / 5 + 1);
    int n = normalized.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(normalized.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && Character.isLetterOrDigit(normalized.charAt(i))) {
        i++;
      }
      if (i > s) {
        boolean spaced = !out.isEmpty();
        for (int k = out.isEmpty() ? s : out.get(out.size() - 1).end(); k < s && spaced; k++) {
          spaced = Character.isWhitespace(normalized.charAt(k));
        }
        String w = normalized.substring(s, i);
        List<Variants.Stripped> vs = Variants.proclitics(w);
        out.add(new Word(s, i, w, spaced, vs, new int[vs.size()]));
      }
    }
    return out;
  }

  /** The words of a folded phrase. */
  static String[] of(String folded) {
    List<Word> ws = split(folded);
    String[] out = new String[ws.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ws.get(i).text();
    }
    return out;
  }
}
