package org.marsad.text;

/**
 * Splits an Arabic word into proclitics, stem and a pronoun enclitic, conservatively.
 *
 * <p>Proclitics, in their fixed order: a conjunction (و ف), a preposition (ب ك ل) or the future
 * marker (س, before an imperfect verb), and the article (ال; written ل after the preposition ل, as
 * in للحكومة). Enclitics: ه ها هم هما هن ك كم كما كن نا. First-person ي and ني are never split:
 * they cannot be told from the nisba suffix (عربي، مدني).
 *
 * <p>A split is made only when the lexicon supports it: the remaining stem (or the remainder after
 * a proclitic) is a frequent word in news, and the whole word is not far more frequent than that
 * remainder (so لبنان stays whole although بنان is a word), and the word is not on the keep-whole
 * list. The article is always split from words of four letters or more that are not on the list.
 *
 * <p>Analyses are packed into an {@code int}: four 3-bit proclitic codes, an elided-article flag,
 * the enclitic index and a stem-restoration code (ت → ة in حكومته, ا → ى in مستواه).
 *
 * <p>Thread-safe; callers supply scratch buffers.
 */
public final class CliticSegmenter {
  static final int WAW = 1;
  static final int FA = 2;
  static final int BA = 3;
  static final int KAF = 4;
  static final int LAM = 5;
  static final int SIN = 6;
  static final int ARTICLE = 7;

  /** Proclitic forms by code. */
  static final String[] PROCLITIC_FORMS = {"", "و", "ف", "ب", "ك", "ل", "س", "ال"};
  /** Enclitic forms by index (0 = none), longest first so that هما wins over ما. */
  static final String[] ENCLITICS = {"", "هما", "كما", "هم", "هن", "ها", "كم", "كن", "ه", "نا", "ك"};
  /**
   * Enclitics from this index on also end many plain words (مدني، ملك، بيانا): split them only
   * when the base word is at least half as frequent as the whole.
   */
  private static final int AMBIGUOUS_ENCLITICS = 9;

  static final int ELIDED_ARTICLE = 1 << 12;
  static final int RESTORE_TA_MARBUTA = 1;
  static final int RESTORE_ALEF_MAKSURA = 2;

  /** A remainder must occur this often in the news corpus to count as a word. */
  private static final int MIN_COUNT = 5;
  /** A split is refused when the whole word is this many times more frequent than the remainder. */
  private static final int MAX_RATIO = 20;
  /** The conjunctions و and ف attach to almost anything (وأضاف is commoner than أضاف). */
  private static final int MAX_RATIO_CONJUNCTION = 200;

  private static final char[][] ENCLITIC_CHARS = new char[ENCLITICS.length][];

  static {
    for (int i = 0; i < ENCLITICS.length; i++) {
      ENCLITIC_CHARS[i] = ENCLITICS[i].toCharArray();
    }
  }

  private static final int MAX_CACHED_LENGTH = 32;

  private final SegmentationLexicon lexicon;
  /** The analysis of every word of the lexicon, by slot: most tokens are found here in one probe. */
  private final int[] known;

  public CliticSegmenter(SegmentationLexicon lexicon) {
    this.lexicon = lexicon;
    this.known = new int[lexicon.slotCapacity()];
    char[] word = new char[MAX_CACHED_LENGTH];
    char[] scratch = new char[MAX_CACHED_LENGTH + 2];
    for (int slot = 0; slot < known.length; slot++) {
      int len = lexicon.wordAt(slot, word);
      known[slot] = len < 0 ? 0 : analyzeUncached(word, len, scratch);
    }
  }

  /**
   * The fold the segmenter and its lexicon use: {@link ArabicNormalizer}'s, except that ة stays
   * ة, since ه at the end of a word may be a pronoun and ة never is.
   */
  public static String segmentationFold(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char f = segmentationFold(c);
      if (f == ArabicChars.EXPAND) {
        b.append(ArabicChars.expansion(c));
      } else if (f != ArabicChars.DELETE) {
        b.append(f);
      }
    }
    return b.toString();
  }

  static char segmentationFold(char c) {
    return c == 'ة' || c == '\uFE93' || c == '\uFE94' ? 'ة' : ArabicChars.fold(c);
  }

  /**
   * Analyzes the folded word {@code w[0, n)}; {@code scratch} must hold at least {@code n + 2}
   * chars. Returns the packed analysis (0 = unsegmented).
   */
  int analyze(char[] w, int n, char[] scratch) {
    if (n <= MAX_CACHED_LENGTH) {
      int slot = lexicon.slot(w, 0, n);
      if (slot >= 0) {
        return known[slot];
      }
    }
    return analyzeUncached(w, n, scratch);
  }

  private int analyzeUncached(char[] w, int n, char[] scratch) {
    if (n < 3 || lexicon.keepWhole(w, 0, n)) {
      return 0;
    }
    int codes = 0;
    int shift = 0;
    int p = 0;
    char c = w[0];
    if ((c == 'و' || c == 'ف') && splitsOff(w, p, 1, n, scratch, MAX_RATIO_CONJUNCTION)) {
      codes |= (c == 'و' ? WAW : FA) << shift;
      shift += 3;
      p = 1;
    }
    boolean article = false;
    if (n - p >= 3 && !lexicon.keepWhole(w, p, n - p)) {
      c = w[p];
      if (c == 'ل' && w[p + 1] == 'ل' && n - p >= 4 && knownWithArticle(w, p + 2, n, scratch)) {
        codes |= LAM << shift | ARTICLE << (shift + 3) | ELIDED_ARTICLE;
        shift += 6;
        p += 2;
        article = true;
      } else if ((c == 'ب' || c == 'ك' || c == 'ل') && splitsOff(w, p, 1, n, scratch, MAX_RATIO)) {
        codes |= (c == 'ب' ? BA : c == 'ك' ? KAF : LAM) << shift;
        shift += 3;
        p += 1;
      } else if (c == 'س' && isImperfectPrefix(w[p + 1]) && splitsOff(w, p, 1, n, scratch, MAX_RATIO)) {
        codes |= SIN << shift;
        shift += 3;
        p += 1;
      }
    }
    if (!article && n - p >= 4 && w[p] == 'ا' && w[p + 1] == 'ل'
        && !lexicon.keepWhole(w, p, n - p)) {
      codes |= ARTICLE << shift;
      p += 2;
      article = true;
    }
    if (!article) {
      codes |= enclitic(w, p, n, scratch);
    }
    return codes;
  }

  private static boolean isImperfectPrefix(char c) {
    return c == 'ي' || c == 'ت' || c == 'ن' || c == 'ا';
  }

  /**
   * Whether the {@code len} chars at {@code p} split off as a proclitic: what remains is a word (or
   * a word with further clitics), the whole is not a word in its own right far more often, and
   * reading the whole as a stem with a pronoun is not better supported (كتابك is كتاب + ك, not
   * ك + تاب + ك).
   */
  private boolean splitsOff(char[] w, int p, int len, int n, char[] scratch, int maxRatio) {
    int rest = p + len;
    if (n - rest < 2 || lexicon.keepWhole(w, p, n - p)) {
      return false;
    }
    int restCount = lexicon.count(w, rest, n - rest);
    int restScore = lexicon.keepWhole(w, rest, n - rest)
        ? Math.max(restCount, MIN_COUNT) : Math.max(restCount, remainderScore(w, rest, n, scratch));
    if (restScore < MIN_COUNT) {
      return false;
    }
    int wholeCount = lexicon.count(w, p, n - p);
    return wholeCount <= maxRatio * Math.max(restCount, MIN_COUNT)
        && restScore >= encliticBaseCount(w, p, n, scratch);
  }

  /** The corpus count of the stem {@code w[p, n)} reduces to once one more clitic goes, or 0. */
  private int remainderScore(char[] w, int p, int n, char[] scratch) {
    int best = 0;
    if (n - p >= 4 && w[p] == 'ا' && w[p + 1] == 'ل') {
      best = lexicon.count(w, p + 2, n - p - 2);
    }
    char c = w[p];
    if (n - p >= 4 && (c == 'ب' || c == 'ك' || c == 'ل' || c == 'س')) {
      best = Math.max(best, lexicon.count(w, p + 1, n - p - 1));
      if (c == 'ل' && w[p + 1] == 'ل' && knownWithArticle(w, p + 2, n, scratch)) {
        best = Math.max(best, MIN_COUNT);
      }
    }
    return Math.max(best, encliticBaseCount(w, p, n, scratch));
  }

  /** The count of the base of the enclitic analysis of {@code w[p, n)}, or 0 if it has none. */
  private int encliticBaseCount(char[] w, int p, int n, char[] scratch) {
    int a = enclitic(w, p, n, scratch);
    if (a == 0) {
      return 0;
    }
    int baseEnd = n - ENCLITIC_CHARS[encliticIndex(a)].length;
    if (restoration(a) == 0) {
      return lexicon.count(w, p, baseEnd - p);
    }
    System.arraycopy(w, p, scratch, 0, baseEnd - p);
    scratch[baseEnd - p - 1] = restoration(a) == RESTORE_TA_MARBUTA ? 'ة' : 'ي';
    return lexicon.count(scratch, 0, baseEnd - p);
  }

  /** Whether ال + {@code w[from, n)} is a known word (the article elided after ل). */
  private boolean knownWithArticle(char[] w, int from, int n, char[] scratch) {
    int len = n - from;
    if (len < 2) {
      return false;
    }
    scratch[0] = 'ا';
    scratch[1] = 'ل';
    System.arraycopy(w, from, scratch, 2, len);
    return lexicon.count(scratch, 0, len + 2) >= MIN_COUNT
        || lexicon.count(w, from, len) >= MIN_COUNT;
  }

  /** The packed enclitic (index and restoration) for the stem starting at {@code p}, or 0. */
  private int enclitic(char[] w, int p, int n, char[] scratch) {
    for (int e = 1; e < ENCLITICS.length; e++) {
      char[] enc = ENCLITIC_CHARS[e];
      int baseEnd = n - enc.length;
      if (baseEnd - p < 2 || !endsWith(w, n, enc)) {
        continue;
      }
      int wholeCount = lexicon.count(w, p, n - p);
      int restore = 0;
      int baseCount = lexicon.count(w, p, baseEnd - p);
      char last = w[baseEnd - 1];
      if (last == 'ت' || last == 'ا') {
        // حكومته is حكومة + ه and مستواه is مستوى + ه: try the base with its last letter restored.
        System.arraycopy(w, p, scratch, 0, baseEnd - p);
        scratch[baseEnd - p - 1] = last == 'ت' ? 'ة' : 'ي';
        int restored = lexicon.count(scratch, 0, baseEnd - p);
        if (restored > baseCount) {
          baseCount = restored;
          restore = last == 'ت' ? RESTORE_TA_MARBUTA : RESTORE_ALEF_MAKSURA;
        }
      }
      int maxRatio = e >= AMBIGUOUS_ENCLITICS ? 2 : MAX_RATIO;
      if (baseCount >= MIN_COUNT && wholeCount <= maxRatio * baseCount
          && !lexicon.keepWhole(w, p, n - p)) {
        return e << 13 | restore << 17;
      }
    }
    return 0;
  }

  private static boolean endsWith(char[] w, int n, char[] suffix) {
    int off = n - suffix.length;
    for (int i = 0; i < suffix.length; i++) {
      if (w[off + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  static int procliticCode(int analysis, int index) {
    return analysis >>> (3 * index) & 7;
  }

  static boolean elidedArticle(int analysis) {
    return (analysis & ELIDED_ARTICLE) != 0;
  }

  static int encliticIndex(int analysis) {
    return analysis >>> 13 & 15;
  }

  static int restoration(int analysis) {
    return analysis >>> 17 & 3;
  }
}
