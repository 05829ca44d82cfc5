package org.marsad.framing;

import java.util.ArrayList;
import java.util.List;
import org.marsad.framing.FramingAnalyzer.Found;
import org.marsad.internal.lex.CharKeyMap;
import org.marsad.internal.lex.FoldedTokens;
import org.marsad.internal.lex.TokenView;
import org.marsad.text.ArabicNormalizer;

/**
 * The construction rules of loaded language (بشكل كبير، عالية جدا، الأكثر تضررا، أشد خطرا) and the
 * naming heads that make a following lexicon word part of a name (سد النهضة). Stateless.
 */
final class Constructions {
  private Constructions() {}

  // Word classes of the construction rules, by folded form (a leading و is tried off too).
  private static final int DEGREE_HEAD = 1; // بشكل كبير
  private static final int DEGREE_AFTER = 2; // مهم جدا
  private static final int SUPERLATIVE = 3; // الأكثر تضررا
  private static final int COMPARATIVE = 4; // أشد خطرا
  private static final int DEGREE = 5; // the adjectives of degree that only count in a construction
  private static final int NAME_HEAD = 6; // سد النهضة، حزب الكرامة
  private static final int ILA = 7; // إلى حد كبير
  private static final CharKeyMap<Integer> WORDS = words();

  private static CharKeyMap<Integer> words() {
    CharKeyMap<Integer> m = new CharKeyMap<>();
    for (String w : List.of("بشكل", "بصوره", "بطريقه", "بدرجه")) {
      m.put(w, DEGREE_HEAD);
    }
    for (String w : List.of("جدا", "للغايه")) {
      m.put(w, DEGREE_AFTER);
    }
    for (String w : List.of("الاكثر", "الاشد")) {
      m.put(w, SUPERLATIVE);
    }
    for (String w : List.of("اكثر", "اشد")) {
      m.put(w, COMPARATIVE);
    }
    for (String w : List.of("كبير", "كبيره", "كبيرا", "واسع", "واسعه", "واسعا", "واضح", "واضحه", "واضحا",
        "بعيد", "كامل", "كامله", "كاملا", "غير")) {
      m.put(w, DEGREE);
    }
    for (String w : List.of("سد", "حزب", "حركه", "جائزه", "مشروع", "برنامج", "مؤسسه", "جمعيه", "قناه",
        "صحيفه", "وكاله", "شركه", "فندق", "مستشفي", "جامعه", "شارع", "مسجد", "ساحه", "ميدان", "منظمه",
        "مركز", "مجله", "مهرجان", "تيار", "ائتلاف", "كتله", "مدرسه", "نادي", "دار", "مجمع", "حي", "مخيم")) {
      m.put(ArabicNormalizer.fold(w), NAME_HEAD); // مؤسسة folds to مءسسه
    }
    m.put("الي", ILA);
    return m;
  }

  /** The word class of token {@code i} in {@link #WORDS}, 0 for none. */
  private static int wordClass(FoldedTokens ft, int i) {
    int len = ft.len(i);
    if (len == 0) {
      return 0;
    }
    Integer c = WORDS.get(ft.chars(), ft.off(i), len);
    if (c == null && len > 3 && ft.chars()[ft.off(i)] == 'و') {
      c = WORDS.get(ft.chars(), ft.off(i) + 1, len - 1);
    }
    return c == null ? 0 : c;
  }

  /**
   * Degree and superlative constructions, which make loaded language of words that are not loaded
   * alone, and widen a lexicon term to the construction around it (category and polarity of the
   * term; emotive and 0 when none): بشكل/بصورة/بطريقة/بدرجة + an adjective of degree or a lexicon
   * word (بشكل كبير، بصورة مروعة), إلى حد كبير/بعيد, a word + جدا/للغاية (عالية جدا), الأكثر/الأشد +
   * a word (الأكثر تضررا), أكثر/أشد + an accusative of specification (أشد خطرا). Never inside a
   * scare quote.
   */
  static List<Found> apply(TokenView v, FoldedTokens ft, List<Found> found) {
    int n = v.size();
    Found[] at = new Found[n];
    for (Found f : found) {
      for (int k = f.from(); k < f.to() && k < n; k++) {
        at[k] = f;
      }
    }
    List<int[]> spans = null;
    int next = n > 0 ? wordClass(ft, 0) : 0;
    for (int i = 0; i + 1 < n; i++) {
      int c = next;
      next = wordClass(ft, i + 1);
      if (c == 0 && next != DEGREE_AFTER) {
        continue;
      }
      int from = -1;
      int to = -1;
      if (c == DEGREE_HEAD && v.isArabic(i + 1) && (at[i + 1] != null || next == DEGREE)) {
        from = i;
        to = i + 2; // بشكل كبير
      } else if (c == ILA && i + 2 < n && ft.is(i + 1, "حد") && wordClass(ft, i + 2) == DEGREE) {
        from = i;
        to = i + 3; // إلى حد كبير
      } else if (c == SUPERLATIVE && v.isArabic(i + 1) && ft.len(i + 1) > 3) {
        from = i;
        to = i + 2; // الأكثر تضررا
      } else if (c == COMPARATIVE && ft.len(i + 1) > 3 && endsWithAlef(ft, i + 1)) {
        from = i;
        to = i + 2; // أشد خطرا
      } else if (v.isArabic(i) && ft.len(i) > 2 && next == DEGREE_AFTER) {
        from = i;
        to = i + 2; // عالية جدا
      }
      if (from < 0) {
        continue;
      }
      if (spans == null) {
        spans = new ArrayList<>();
      }
      spans.add(new int[] {from, to});
      if (to - 2 > i) {
        i = to - 2; // إلى حد كبير: resume at its last word
        next = wordClass(ft, i + 1);
      }
    }
    if (spans == null) {
      return found;
    }
    List<Found> out = new ArrayList<>(found);
    for (int[] s : spans) {
      int from = s[0];
      int to = s[1];
      Found term = null;
      boolean scare = false;
      for (Found f : out) {
        if (f.from() < to && from < f.to()) {
          scare |= f.category().equals(FramingAnalyzer.SCARE_QUOTE);
          if (term == null) {
            term = f;
          }
          from = Math.min(from, f.from());
          to = Math.max(to, f.to());
        }
      }
      if (scare) {
        continue;
      }
      int lo = from;
      int hi = to;
      out.removeIf(f -> f.from() < hi && lo < f.to());
      out.add(new Found(from, to, v.start(from), v.end(to - 1),
          term == null ? "emotive" : term.category(), term == null ? 0 : term.polarity()));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static boolean endsWithAlef(FoldedTokens ft, int i) {
    return ft.chars()[ft.off(i) + ft.len(i) - 1] == 'ا';
  }

  /** Whether token {@code i} is a naming head in the construct state (سد، حزب، حركة، ساحة …). */
  static boolean isNameHead(FoldedTokens ft, int i) {
    return wordClass(ft, i) == NAME_HEAD;
  }
}
