package org.marsad.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * Spelling variation of Arabic words: attached proclitics and the consonant skeleton of
 * transliterated names. All inputs are folded ({@code ArabicNormalizer.fold}).
 *
 * <p>The skeleton keeps the first letter (alef forms as ا), drops the long vowels and hamza
 * seats (ا و ي ء) elsewhere, writes one class {@code G} for the letters Arabic uses for Turkish and
 * Persian g, ç and ş (ج غ ك ق گ چ, تش and ش), and collapses doubled letters, so that
 * {@code أوردغان}/{@code أردوغان} and {@code تشاووش}/{@code جاويش} share a skeleton. It is only
 * applied to words the KB does not know exactly, which keeps {@code محمود} apart from
 * {@code محمد}. Thread-safe and stateless.
 */
final class Variants {
  private Variants() {}

  /** A word with proclitics removed; {@code offset} chars of the original word were dropped. */
  record Stripped(String word, int offset) {}

  /**
   * The word as written, then without و/ف, then without ب/ل (ك only before ال), with لل read as
   * ل + ال. Each candidate keeps at least three letters.
   */
  static List<Stripped> proclitics(String w) {
    char c0 = w.isEmpty() ? 0 : w.charAt(0);
    if (w.length() <= 3 || c0 != 'و' && c0 != 'ف' && c0 != 'ب' && c0 != 'ل' && c0 != 'ك') {
      return List.of(new Stripped(w, 0));
    }
    List<Stripped> out = new ArrayList<>(4);
    out.add(new Stripped(w, 0));
    int off = 0;
    String rest = w;
    if (rest.length() > 3 && (rest.charAt(0) == 'و' || rest.charAt(0) == 'ف')) {
      off = 1;
      rest = rest.substring(1);
      out.add(new Stripped(rest, off));
    }
    if (rest.length() > 3) {
      char c = rest.charAt(0);
      if (c == 'ل' && rest.charAt(1) == 'ل') {
        out.add(new Stripped("ا" + rest.substring(1), off + 1)); // للحكومة: ل + الحكومة
        out.add(new Stripped(rest.substring(1), off + 1)); // لليبيا: ل + ليبيا
      } else if (c == 'ب' || c == 'ل' || c == 'ك' && rest.startsWith("كال")) {
        // ك (like) is taken off only before the article: كبيرا is not ك + بيرا
        out.add(new Stripped(rest.substring(1), off + 1));
      }
    }
    return out;
  }

  /** The consonant skeleton of one folded word. */
  static String skeleton(String w) {
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char k;
      if (c == 'ت' && i + 1 < w.length() && w.charAt(i + 1) == 'ش') {
        k = 'G';
        i++;
      } else {
        k = switch (c) {
          case 'ج', 'غ', 'ك', 'ق', 'گ', 'چ', 'ش' -> 'G';
          case 'ا', 'و', 'ي', 'ء' -> i == 0 ? 'ا' : 0;
          case 'ه' -> i == w.length() - 1 && i > 0 ? 0 : 'ه';
          case 'ط' -> 'ت';
          case 'ث' -> 'س';
          default -> c;
        };
      }
      if (k != 0 && (b.length() == 0 || b.charAt(b.length() - 1) != k)) {
        b.append(k);
      }
    }
    return b.toString();
  }
}
