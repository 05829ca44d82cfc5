package org.marsad.internal.lex;

import java.util.Arrays;
import org.marsad.text.ArabicNormalizer;

/**
 * Maps Arabic words to lemma ids so that all inflections and clitics of a lexicon word match it:
 * a token is folded ({@link ArabicNormalizer}), its proclitics (و ف ب ك ل ال and their
 * combinations) are stripped, and what remains must be a known core followed by a valid ending: one
 * inflectional suffix (ات ون ين ة ية يون يين ي ان, the nisba وي and the plural ت after a final alef)
 * or the accusative alef (هائلا), and one pronoun enclitic (ه ها هم هما هن كم نا; ة written ت
 * before it). Lexicon words are reduced to their core the same way, so {@code الميليشيات}, {@code وميليشيا}, {@code ميليشياته} and
 * {@code الميليشياوية} all reach {@code ميليشيا}.
 *
 * <p>A light stemmer in the spirit of Larkey, Ballesteros and Connell (2002), "Improving stemming
 * for Arabic information retrieval: light stemming and co-occurrence analysis", restricted to
 * inflection so that derivations with their own meaning stay apart. Cores sit in a char trie: one
 * walk over a stem finds every core it starts with, the longest with a valid ending wins.
 *
 * <p>Unsupported internal API. Build once, then share: lookups are thread-safe and allocate
 * nothing.
 */
public final class LemmaIndex {
  /** Folded inflectional suffixes (ة is folded to ه), longest first. */
  private static final String[] SUFFIXES = {
    "ويين", "ويون", "ويات", "ويه", "يين", "يون", "يات", "وي", "يه", "ات", "ون", "ين", "ان", "ه", "ي", "ت"
  };
  private static final String[] ENCLITICS = {"هما", "هم", "هن", "ها", "كم", "نا", "ه"};
  private static final int MIN_CORE = 3;
  /** Valid endings after a core: 1 = anywhere, 2 = only after a final alef (وي، ت). */
  private static final CharKeyMap<Integer> ENDINGS = endings();

  // Trie edges in an open-addressing table, (node << 6 | letter) + 1 → child node: a few KB that
  // stay in cache, where a dense child array would not.
  private int[] edgeKeys = new int[1 << 10];
  private int[] edgeNodes = new int[1 << 10];
  private int edgeShift = 32 - 10;
  private int edges;
  private int[] coreId = new int[64];
  /** A bit per first three letters of every core and excluded form: most stems fail this test. */
  private final long[] starts = new long[1 << 10];
  private boolean[] excludedStem = new boolean[64];
  private int nodes = 1;
  private boolean shortCores;
  private int next;

  public LemmaIndex() {
    Arrays.fill(coreId, -1);
  }

  private static CharKeyMap<Integer> endings() {
    CharKeyMap<Integer> m = new CharKeyMap<>();
    for (String s : SUFFIXES) {
      int where = s.charAt(0) == 'و' || s.equals("ت") ? 2 : 1;
      m.put(s, where);
      if (!s.endsWith("ه")) {
        for (String e : ENCLITICS) {
          m.put(s + e, where); // ميليشياتها، مقاتليهم
        }
      }
    }
    for (String e : ENCLITICS) {
      m.put(e, 1);
      m.put("ت" + e, 1); // حكومته: ة written ت before a pronoun
    }
    m.put("ا", 1); // the accusative's alef (tanween folded away): انفجارا هائلا، تاريخيا
    return m;
  }

  /**
   * Adds a word (with or without the article) and returns its lemma id; a word that is an
   * inflection of one already added shares its id, so add base forms first. A word ending in
   * {@code =} is its own core: {@code تاريخي=} matches {@code التاريخية} but not {@code تاريخ}.
   */
  public int add(String word) {
    String w = word.strip();
    boolean exact = w.endsWith("=");
    if (exact) {
      w = w.substring(0, w.length() - 1); // تاريخي=: the nisba is part of the core
    }
    String folded = stripArticle(ArabicNormalizer.fold(w));
    char[] f = folded.toCharArray();
    int known = f.length == 0 ? -1 : lookupStem(f, 0, f.length);
    if (known >= 0) {
      return known; // an inflection of a word already added: ميليشيات after ميليشيا
    }
    String core = exact ? folded : coreOf(folded);
    int node = insert(core);
    markStart(core);
    if (node < 0) {
      throw new IllegalArgumentException("not an Arabic word: '" + word + "'");
    }
    if (coreId[node] < 0) {
      coreId[node] = next++;
    }
    return coreId[node];
  }

  /** The id of a word already added, or -1. */
  public int idOf(String word) {
    char[] f = stripArticle(ArabicNormalizer.fold(word.strip())).toCharArray();
    return f.length == 0 ? -1 : Math.max(-1, lookupStem(f, 0, f.length));
  }

  /** A form (after proclitics, inflected) that never matches, e.g. the verb شرع beside شرعية. */
  public void exclude(String form) {
    String f = ArabicNormalizer.fold(form.strip());
    int node = insert(f);
    markStart(f);
    if (node >= 0) {
      excludedStem[node] = true;
    }
  }

  public int size() {
    return next;
  }

  private int insert(String s) {
    int node = 0;
    for (int i = 0; i < s.length(); i++) {
      int c = letter(s.charAt(i));
      if (c < 0) {
        return -1;
      }
      int nx = childOf(node, c);
      if (nx == 0) {
        if (nodes == coreId.length) {
          int cap = nodes * 2;
          coreId = Arrays.copyOf(coreId, cap);
          Arrays.fill(coreId, nodes, cap, -1);
          excludedStem = Arrays.copyOf(excludedStem, cap);
        }
        nx = nodes++;
        putEdge(node, c, nx);
      }
      node = nx;
    }
    return node;
  }

  private void markStart(String s) {
    if (s.length() >= MIN_CORE) {
      int h = startHash(s.charAt(0), s.charAt(1), s.charAt(2));
      starts[h >>> 6] |= 1L << (h & 63);
    } else {
      shortCores = true;
    }
  }

  private boolean maybeStarts(char[] f, int off, int len) {
    if (len < MIN_CORE) {
      return shortCores; // في، من، عن: most stems this short are function words
    }
    int h = startHash(f[off], f[off + 1], f[off + 2]);
    return (starts[h >>> 6] & (1L << (h & 63))) != 0;
  }

  private static int startHash(char a, char b, char c) {
    return ((a * 31 + b) * 31 + c) & 0xFFFF;
  }

  /** The child of {@code node} by {@code letter}, or 0. */
  private int childOf(int node, int letter) {
    int key = (node << 6 | letter) + 1;
    int mask = edgeKeys.length - 1;
    int i = (key * 0x9E3779B9) >>> edgeShift;
    while (true) {
      int k = edgeKeys[i];
      if (k == key) {
        return edgeNodes[i];
      }
      if (k == 0) {
        return 0;
      }
      i = (i + 1) & mask;
    }
  }

  private void putEdge(int node, int letter, int target) {
    if (edges * 2 >= edgeKeys.length) {
      int[] oldKeys = edgeKeys;
      int[] oldNodes = edgeNodes;
      edgeKeys = new int[oldKeys.length * 2];
      edgeNodes = new int[oldKeys.length * 2];
      edgeShift--;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          place(oldKeys[i], oldNodes[i]);
        }
      }
    }
    place((node << 6 | letter) + 1, target);
    edges++;
  }

  private void place(int key, int target) {
    int mask = edgeKeys.length - 1;
    int i = (key * 0x9E3779B9) >>> edgeShift;
    while (edgeKeys[i] != 0) {
      i = (i + 1) & mask;
    }
    edgeKeys[i] = key;
    edgeNodes[i] = target;
  }

  private static int letter(char c) {
    return c >= 0x0620 && c < 0x0660 ? c - 0x0620 : -1;
  }

  /** The lemma id of token {@code i} of {@code ft}, or -1. */
  public int lookup(FoldedTokens ft, int i) {
    int len = ft.len(i);
    return len < MIN_CORE - 1 ? -1 : lookup(ft.chars(), ft.off(i), len);
  }

  /** The lemma id of the folded word {@code f[off, off + len)}, or -1. */
  public int lookup(char[] f, int off, int len) {
    if (len < MIN_CORE - 1) {
      return -1;
    }
    int strips = procliticLengths(f, off, len);
    for (int plen = 5; plen >= 0; plen--) {
      if ((strips & (1 << plen)) == 0 || len - plen < MIN_CORE - 1
          || !maybeStarts(f, off + plen, len - plen)) {
        continue;
      }
      int id = lookupStem(f, off + plen, len - plen);
      if (id >= 0 || id == -2) {
        return id >= 0 ? id : -1;
      }
    }
    return -1;
  }

  /**
   * The lengths of the proclitic strings the word may start with, as bits (bit k: strip k chars):
   * an optional و/ف, then an optional ب/ك (with an optional article), ل (or لل: ل + the elided
   * article), or the article ال. Covers و ف ب ك ل ال لل and their combinations (وبال، فلل …)
   * without string compares.
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

  /**
   * The id of the stem {@code f[off, off + len)}: the longest core it starts with whose remainder is
   * a valid ending; -1 if none, -2 if the stem is an excluded form.
   */
  private int lookupStem(char[] f, int off, int len) {
    // Cores along the walk, deepest last; a stem has at most a few.
    int found0 = -1;
    int found1 = -1;
    int found2 = -1;
    int node = 0;
    int p = 0;
    while (true) {
      if (coreId[node] >= 0 && (p == len || p >= MIN_CORE)) {
        found2 = found1;
        found1 = found0;
        found0 = p;
      }
      if (p == len) {
        if (excludedStem[node]) {
          return -2;
        }
        break;
      }
      int c = letter(f[off + p]);
      if (c < 0) {
        break;
      }
      int nx = childOf(node, c);
      if (nx == 0) {
        break;
      }
      node = nx;
      p++;
    }
    int id = candidate(f, off, found0, len);
    if (id < 0) {
      id = candidate(f, off, found1, len);
    }
    if (id < 0) {
      id = candidate(f, off, found2, len);
    }
    return id;
  }

  private int candidate(char[] f, int off, int core, int len) {
    if (core < 0 || core != len && !validEnding(f, off, core, len)) {
      return -1;
    }
    return coreAt(f, off, core);
  }

  private boolean validEnding(char[] f, int off, int core, int len) {
    Integer where = ENDINGS.get(f, off + core, len - core);
    return where != null && (where == 1 || f[off + core - 1] == 'ا');
  }

  private int coreAt(char[] f, int off, int len) {
    int node = 0;
    for (int p = 0; p < len; p++) {
      node = childOf(node, letter(f[off + p]));
    }
    return coreId[node];
  }

  private static int coreLength(char[] f, int off, int len) {
    for (String s : SUFFIXES) {
      int rest = len - s.length();
      if (rest >= MIN_CORE && endsWith(f, off, len, s)
          && (s.charAt(0) != 'و' && s.charAt(0) != 'ت' || f[off + rest - 1] == 'ا')) {
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
}
