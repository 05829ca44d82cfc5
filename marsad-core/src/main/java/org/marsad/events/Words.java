package org.marsad.events;

import java.util.LinkedHashSet;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Word shapes for matching: the clitic-stripped forms of a folded token, the "core" of a word (no
 * conjunction, preposition or article), and the inflections generated from a lexicon entry.
 * Every string here is in the matching fold of {@link ArabicNormalizer#fold}.
 */
final class Words {
  static final int CONJ = 1;
  static final int PREP = 2;
  static final int ARTICLE = 4;
  static final int FUTURE = 8;
  static final int ENCLITIC = 16;

  private static final String[] ENCLITICS = {"هما", "هم", "ها", "هن", "كم", "ه", "نا"};
  private static final String[] PERFECT_SUFFIXES = {"", "ت", "وا", "ا", "تا", "نا", "تم", "ن"};
  private static final String[] IMPERFECT_PREFIXES = {"ي", "ت", "ن", "ا"};
  private static final String[] IMPERFECT_SUFFIXES = {"", "ون", "ان", "ين", "ن", "وا", "ا"};

  private Words() {}

  static String fold(String s) {
    return ArabicNormalizer.fold(s);
  }

  /**
   * Calls {@code sink} with the token's forms, least stripped first: the whole word, then without
   * و/ف, ب/ل/ك/س and the article, then without a pronoun suffix. {@code flags} say what was
   * stripped. At most a dozen calls; no call for forms shorter than two letters.
   */
  static void candidates(String w, Sink sink) {
    candidates(w, false, sink);
  }

  /**
   * As {@link #candidates(String, Sink)}; {@code tehMarbuta} says the original word ends in ة, whose
   * fold ه must not be taken for the pronoun suffix (وزارة is not و + زار + ه).
   */
  static void candidates(String w, boolean tehMarbuta, Sink sink) {
    if (prefixed(w, 0, sink)) {
      return;
    }
    int n = w.length();
    for (String e : ENCLITICS) {
      if (tehMarbuta && e.equals("ه")) {
        continue;
      }
      if (n - e.length() >= 3 && w.endsWith(e)) {
        String base = w.substring(0, n - e.length());
        if (prefixed(base, ENCLITIC, sink)) {
          return;
        }
        if (base.endsWith("و") && base.length() >= 3 && !imperfectStem(base)
            && prefixed(base + "ا", ENCLITIC, sink)) {
          // قتلوه، اعتقلوهم: the perfect plural's alef is not written before an object pronoun
          // (not after the imperfect's ي: يعزوه is "attributes it", not يعزوا)
          return;
        }
        if (base.endsWith("ت") && base.length() > 3) {
          prefixed(base.substring(0, base.length() - 1) + "ه", ENCLITIC, sink); // حكومتها
        }
        return;
      }
    }
  }

  private static boolean prefixed(String w, int extra, Sink sink) {
    if (sink.accept(w, extra)) {
      return true;
    }
    int n = w.length();
    int conjEnd = 0;
    if (n > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      conjEnd = 1;
      if (sink.accept(w.substring(1), extra | CONJ)) {
        return true;
      }
    }
    for (int c = conjEnd; c >= 0; c--) {
      int flags = extra | (c > 0 ? CONJ : 0);
      int p = c;
      if (n - p > 3) {
        char ch = w.charAt(p);
        if (ch == 'ب' || ch == 'ل' || ch == 'ك') {
          if (ch == 'ل' && w.charAt(p + 1) == 'ل' && n - p > 4
              && sink.accept(w.substring(p + 2), flags | PREP | ARTICLE)) {
            return true; // لل + noun: the article's alef is elided
          }
          p++;
          flags |= PREP;
          if (sink.accept(w.substring(p), flags)) {
            return true;
          }
        } else if (ch == 'س' && isImperfectPrefix(w.charAt(p + 1))) {
          if (sink.accept(w.substring(p + 1), flags | FUTURE)) {
            return true;
          }
        }
      }
      if (n - p > 4 && w.startsWith("ال", p) && sink.accept(w.substring(p + 2), flags | ARTICLE)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word, after a conjunction و/ف, begins with the imperfect's ي (يعزو، ويعزو). */
  private static boolean imperfectStem(String w) {
    int p = w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? 1 : 0;
    return w.charAt(p) == 'ي';
  }

  private static boolean isImperfectPrefix(char c) {
    return c == 'ي' || c == 'ت' || c == 'ن' || c == 'ا';
  }

  /** Receives candidate forms; returns true to stop. */
  interface Sink {
    boolean accept(String form, int flags);
  }

  /** The word without و/ف, ب/ل/ك and the article (keeps at least two letters). */
  static String core(String w) {
    int p = 0;
    int n = w.length();
    if (n - p > 3 && (w.charAt(p) == 'و' || w.charAt(p) == 'ف')) {
      p++;
    }
    if (n - p > 3 && (w.charAt(p) == 'ب' || w.charAt(p) == 'ل' || w.charAt(p) == 'ك')) {
      if (w.charAt(p) == 'ل' && n - p > 4 && w.charAt(p + 1) == 'ل') {
        return w.substring(p + 2);
      }
      p++;
    }
    if (n - p > 3 && w.startsWith("ال", p)) {
      p += 2;
    }
    return w.substring(p);
  }

  /** Inflections of a perfect verb stem (3rd person masculine singular), folded. */
  static Set<String> perfectForms(String p) {
    Set<String> out = new LinkedHashSet<>();
    out.add(p);
    String base = p;
    char last = p.charAt(p.length() - 1);
    if (last == 'ي' || last == 'ا') {
      base = p.substring(0, p.length() - 1); // التقى -> التقت, التقوا; دعا -> دعت
      out.add(base + "ت");
      out.add(base + "وا");
      out.add(base + "تا");
      out.add(base + "يا");
      out.add(base + "ينا");
      out.add(base + "وا");
    }
    for (String s : PERFECT_SUFFIXES) {
      out.add(p + s);
    }
    return out;
  }

  /** Inflections of an imperfect verb (3rd person masculine singular, starting with ي), folded. */
  static Set<String> imperfectForms(String i) {
    Set<String> out = new LinkedHashSet<>();
    String base = i.charAt(0) == 'ي' ? i.substring(1) : i;
    char last = base.charAt(base.length() - 1);
    String weak = last == 'ي' || last == 'و' || last == 'ا' ? base.substring(0, base.length() - 1)
        : null;
    for (String pre : IMPERFECT_PREFIXES) {
      if (pre.equals("ا") || pre.equals("ن")) {
        // أفعل، نفعل take no number suffix: أسيرًا is a prisoner, not أسير + ا. أفعلوا stays: it
        // is also the passive perfect of a form-IV verb (أُصيبوا، أُدينوا).
        out.add(pre + base);
        if (pre.equals("ا")) {
          out.add(pre + base + "وا");
        }
        if (weak != null) {
          out.add(pre + weak); // jussive after لم: لم ندع
        }
        continue;
      }
      for (String suf : IMPERFECT_SUFFIXES) {
        out.add(pre + base + suf);
      }
      if (weak != null) {
        out.add(pre + weak + "ون");
        out.add(pre + weak + "ين");
        out.add(pre + weak + "وا");
        out.add(pre + weak + "ن");
        out.add(pre + weak); // jussive after لم: يلتق
      }
    }
    return out;
  }

  /** Number inflections of a noun: feminine -ة gets -ات and the dual; others only the dual. */
  static Set<String> nounForms(String n) {
    Set<String> out = new LinkedHashSet<>();
    out.add(n);
    if (n.endsWith("ه") && n.length() > 2) {
      String b = n.substring(0, n.length() - 1);
      out.add(b + "ات");
      out.add(b + "تان");
      out.add(b + "تين");
      out.add(b + "ت"); // construct state before a suffix: زيارته
    } else if (!n.endsWith("ات") && !n.endsWith("ين") && !n.endsWith("ون")) {
      out.add(n + "ان");
      out.add(n + "ين");
    }
    return out;
  }
}
