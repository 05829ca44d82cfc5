package org.marsad.internal.lex;

import org.marsad.text.ArabicNormalizer;

/**
 * Maps Arabic words to lemma ids so that all inflections and clitics of a lexicon word match it:
 * a token is folded ({@link ArabicNormalizer}), proclitics (و ف ب ك ل ال and their combinations)
 * and one pronoun enclitic (ه ها هم ...) are stripped, then one inflectional suffix (ات ون ين ة ية
 * يون يين ي, and the nisba وي after a final alef) is stripped, and the remaining core is looked up.
 * Lexicon words go through the same reduction, so {@code الميليشيات}, {@code وميليشيا},
 * {@code ميليشياته} and {@code الميليشياوية} all reach {@code ميليشيا}.
 *
 * <p>A light stemmer in the spirit of Larkey, Ballesteros and Connell (2002), "Improving stemming
 * for Arabic information retrieval: light stemming and co-occurrence analysis", restricted to
 * inflection so that derivations with their own meaning stay apart.
 *
 * <p>Unsupported internal API. Build once, then share: lookups are thread-safe and allocate nothing
 * (the caller passes scratch space).
 */
public final class LemmaIndex {
  private static final String[] ENCLITICS = {"هما", "هم", "هن", "ها", "كم", "نا", "ه"};
  /** Folded inflectional suffixes (ة is folded to ه), longest first. */
  private static final String[] SUFFIXES = {
    "ويين", "ويون", "ويات", "ويه", "يين", "يون", "يات", "وي", "يه", "ات", "ون", "ين", "ان", "ه", "ي", "ت"
  };
  private static final int MIN_CORE = 3;
  /** The suffixes by their last char, longest first. */
  private static final char[][][] BY_LAST = byLast();

  private static char[][][] byLast() {
    char[][][] by = new char[0x0700][][];
    for (String p : SUFFIXES) {
      char c = p.charAt(p.length() - 1);
      char[][] old = by[c] == null ? new char[0][] : by[c];
      char[][] now = java.util.Arrays.copyOf(old, old.length + 1);
      now[old.length] = p.toCharArray();
      by[c] = now;
    }
    return by;
  }


  private final CharKeyMap<Integer> cores = new CharKeyMap<>();
  private final CharKeyMap<Boolean> excluded = new CharKeyMap<>();
  /** Bits for the first three chars of every core and excluded form: a cheap first test. */
  private final long[] starts = new long[1 << 10];
  private int next;

  /**
   * Adds a word (with or without the article) and returns its lemma id; a word that is an
   * inflection of one already added shares its id, so add base forms first.
   */
  public int add(String word) {
    String folded = stripArticle(ArabicNormalizer.fold(word.strip()));
    char[] f = folded.toCharArray();
    int known = f.length == 0 ? -1 : lookupCore(null, f, 0, f.length);
    if (known >= 0) {
      return known; // an inflection of a word already added: ميليشيات after ميليشيا
    }
    String core = coreOf(folded);
    mark(core);
    Integer id = cores.get(core);
    if (id == null) {
      id = next++;
      cores.put(core, id);
    }
    return id;
  }

  /** The id of a word already added, or -1. */
  public int idOf(String word) {
    String core = coreOf(stripArticle(ArabicNormalizer.fold(word.strip())));
    Integer id = cores.get(core);
    return id == null ? -1 : id;
  }

  /** A form (after proclitics, inflected) that never matches, e.g. the verb شرع next to شرعية. */
  public void exclude(String form) {
    String f = ArabicNormalizer.fold(form.strip());
    mark(f);
    excluded.put(f, Boolean.TRUE);
  }

  public int size() {
    return next;
  }

  private void mark(String s) {
    if (s.length() >= MIN_CORE) {
      int h = startHash(s.charAt(0), s.charAt(1), s.charAt(2));
      starts[h >>> 6] |= 1L << (h & 63);
    }
  }

  private boolean maybeStarts(char[] f, int off, int len) {
    if (len < MIN_CORE) {
      return true;
    }
    int h = startHash(f[off], f[off + 1], f[off + 2]);
    return (starts[h >>> 6] & (1L << (h & 63))) != 0;
  }

  private static int startHash(char a, char b, char c) {
    return ((a * 31 + b) * 31 + c) & 0xFFFF;
  }

  /** The lemma id of token {@code i} of {@code ft}, or -1. Allocates nothing on the common path. */
  public int lookup(FoldedTokens ft, int i) {
    int len = ft.len(i);
    return len < MIN_CORE - 1 ? -1 : lookup(ft, ft.chars(), ft.off(i), len);
  }

  /** The lemma id of the folded word {@code f[off, off + len)}, or -1. */
  public int lookup(char[] f, int off, int len) {
    return len < MIN_CORE - 1 ? -1 : lookup(null, f, off, len);
  }

  private int lookup(FoldedTokens ft, char[] f, int off, int len) {
    int strips = procliticLengths(f, off, len);
    for (int plen = 5; plen >= 0; plen--) {
      if ((strips & (1 << plen)) == 0 || len - plen < MIN_CORE - 1) {
        continue;
      }
      if (!maybeStarts(f, off + plen, len - plen)) {
        continue;
      }
      int id = lookupStem(ft, f, off + plen, len - plen);
      if (id >= 0 || id == -2) {
        return id >= 0 ? id : -1;
      }
    }
    return -1;
  }

  /**
   * The lengths of the proclitic strings the word may start with, as bits (bit k: strip k chars):
   * an optional و/ف, then an optional ب/ك (with an optional article), ل (or لل: ل + the elided
   * article), or the article ال. Covers و ف ب ك ل ال لل
   * and their combinations (وبال، فلل …) without string compares.
   */
  private static int procliticLengths(char[] f, int off, int len) {
    int mask = 1;
    int q = 0;
    char c = f[off];
    if (c == 'و' || c == 'ف') {
      mask |= 1 << 1;
      q = 1;
    }
    if (q + 1 >= len) {
      return mask;
    }
    c = f[off + q];
    char d = f[off + q + 1];
    if (c == 'ب' || c == 'ك') {
      mask |= 1 << (q + 1);
      if (d == 'ا' && q + 2 < len && f[off + q + 2] == 'ل') {
        mask |= 1 << (q + 3);
      }
    } else if (c == 'ل') {
      mask |= 1 << (q + 1);
      if (d == 'ل') {
        mask |= 1 << (q + 2);
      }
    } else if (c == 'ا' && d == 'ل') {
      mask |= 1 << (q + 2);
    }
    return mask;
  }


  /** The id of a stem with its suffixes, -1 if none, -2 if the form is excluded. */
  private int lookupStem(FoldedTokens ft, char[] f, int off, int len) {
    if (excluded.size() > 0 && excluded.get(f, off, len) != null) {
      return -2;
    }
    int id = lookupCore(ft, f, off, len);
    if (id >= 0) {
      return id;
    }
    char last = f[off + len - 1];
    if (last != 'ه' && last != 'ا' && last != 'م' && last != 'ن') {
      return -1;
    }
    for (String enc : ENCLITICS) {
      int rest = len - enc.length();
      if (rest >= MIN_CORE && endsWith(f, off, len, enc)) {
        if (f[off + rest - 1] == 'ت') {
          char[] c = java.util.Arrays.copyOfRange(f, off, off + rest); // rare: حكومته → حكومة
          c[rest - 1] = 'ه';
          return lookupCore(null, c, 0, rest);
        }
        return lookupCore(ft, f, off, rest);
      }
    }
    return -1;
  }

  /** Tries every inflectional suffix the word ends with, longest first, then the word itself. */
  private int lookupCore(FoldedTokens ft, char[] f, int off, int len) {
    char last = f[off + len - 1];
    char[][] sufs = last < BY_LAST.length ? BY_LAST[last] : null;
    if (sufs != null) {
      for (char[] s : sufs) {
        int rest = len - s.length;
        if (rest >= MIN_CORE && endsWith(f, off, len, s) && allowed(s, f, off, rest)) {
          Integer id = cores.get(f, off, rest);
          if (id != null) {
            return id;
          }
        }
      }
    }
    Integer id = cores.get(f, off, len);
    return id == null ? -1 : id;
  }

  /** The nisba وي and the plural ت (ميليشيات) only after a final alef. */
  private static boolean allowed(char[] suffix, char[] f, int off, int rest) {
    char c = suffix[0];
    return c != 'و' && c != 'ت' || f[off + rest - 1] == 'ا';
  }

  private static int coreLength(char[] f, int off, int len) {
    for (String s : SUFFIXES) {
      int rest = len - s.length();
      if (rest >= MIN_CORE && endsWith(f, off, len, s) && allowed(s.toCharArray(), f, off, rest)) {
        return rest;
      }
    }
    return len;
  }

  static String coreOf(String folded) {
    char[] c = folded.toCharArray();
    return new String(c, 0, coreLength(c, 0, c.length));
  }

  private static String stripArticle(String folded) {
    return folded.startsWith("ال") && folded.length() - 2 >= MIN_CORE ? folded.substring(2) : folded;
  }


  private static boolean endsWith(char[] f, int off, int len, String s) {
    int n = s.length();
    if (n > len) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (f[off + len - n + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWith(char[] f, int off, int len, char[] s) {
    int n = s.length;
    if (n > len) {
      return false;
    }
    int b = off + len - n;
    for (int i = 0; i < n; i++) {
      if (f[b + i] != s[i]) {
        return false;
      }
    }
    return true;
  }
}
