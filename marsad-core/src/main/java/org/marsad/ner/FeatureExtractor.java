package org.marsad.ner;

import org.marsad.text.ArabicChars;

/**
 * Turns the words of a sentence into hashed feature indices, {@code 2^bits} buckets wide.
 *
 * <p>Templates per word: bias; raw and folded word; clitic-stripped stem, proclitics and
 * enclitics; stem prefixes and suffixes of 1-4 chars, word prefixes of 1-2 and padded stem char
 * trigrams; word shape, stem length and corpus-frequency bucket; folded words at -2..+2; stems
 * and shapes at -1 and +1; word bigrams; word-cluster ids at four granularities for the word, at
 * ±1 and (one level) at ±2, a cluster bigram and the cluster pair around the word; the induced
 * label prior at -1..+1; gazetteer and trigger classes (begin or inside a match) at -2..+1.
 * (Neighbour proclitics and suffixes, the prior at ±2 and a ±3 window scored lower in
 * cross-validation.) Optional structural features ({@link #structuralFeatures}: nearest trigger
 * head to the left within a clause, quotes and parentheses) are off in the shipped model: they
 * did not improve cross-validated F1 (docs/ner.md).
 *
 * <p>Features that depend on one word only, given its offset from the scored position ("role"
 * features), are listed by {@link #roleFeatures}; the tagger sums their weights once per distinct
 * word and role, which makes tagging several times faster than scoring every feature.
 *
 * <p>Thread-safe; per-sentence state lives in a {@link Scratch}, one per thread or call.
 */
public final class FeatureExtractor {
  /** Upper bound on the features of one word. */
  public static final int MAX_FEATURES = 128;

  private final int shift;
  private final WordClusters clusters;
  private final Lexicon lexicon;
  private final CliticSplitter splitter;
  private final LabelPrior prior;
  private final boolean charGrams = true;
  /** Whether the structural context features of {@link #structuralFeatures} are on. */
  private final boolean structural;

  public FeatureExtractor(int bits, WordClusters clusters, Lexicon lexicon, CliticSplitter splitter) {
    this(bits, clusters, lexicon, LabelPrior.EMPTY, splitter);
  }

  public FeatureExtractor(int bits, WordClusters clusters, Lexicon lexicon, LabelPrior prior,
      CliticSplitter splitter) {
    this(bits, clusters, lexicon, prior, splitter, false);
  }

  /**
   * @param structural whether to add the structural context features (nearest trigger to the
   *     left within a clause, quotes and parentheses): see {@link #structuralFeatures}
   */
  public FeatureExtractor(int bits, WordClusters clusters, Lexicon lexicon, LabelPrior prior,
      CliticSplitter splitter, boolean structural) {
    this.structural = structural;
    if (bits < 8 || bits > 28) {
      throw new IllegalArgumentException("bits must be in [8, 28], got " + bits);
    }
    this.shift = 64 - bits;
    this.clusters = clusters;
    this.lexicon = lexicon;
    this.splitter = splitter;
    this.prior = prior;
  }

  /** Per-sentence buffers, reused across sentences by one thread. */
  public static final class Scratch {
    /** Distinct words whose analysis is kept; the cache is emptied when it reaches this. */
    static final int CACHE_LIMIT = 50_000;
    final java.util.HashMap<String, WordInfo> cache = new java.util.HashMap<>();
    final int[] localBuffer = new int[MAX_FEATURES];
    final int[] roleBuffer = new int[MAX_FEATURES];
    WordInfo[] info = new WordInfo[0];
    int n;
    long[] norm = new long[0];
    long[] stem = norm;
    long[] shape = norm;
    int[][] cl = new int[WordClusters.LEVELS][0];
    int[] gazBegin = new int[0];
    int[] gazInside = gazBegin;
    int[] prior = gazBegin;
    /** Features of word {@code i} are {@code features[start[i], start[i + 1])}. */
    int[] features = new int[0];
    int[] start = new int[1];

    void ensure(int n) {
      this.n = n;
      if (norm.length >= n) {
        return;
      }
      int cap = Math.max(n, norm.length * 2);
      info = new WordInfo[cap];
      norm = new long[cap];
      stem = new long[cap];
      shape = new long[cap];
      for (int k = 0; k < WordClusters.LEVELS; k++) {
        cl[k] = new int[cap];
      }
      gazBegin = new int[cap];
      gazInside = new int[cap];
      prior = new int[cap];
      features = new int[cap * MAX_FEATURES];
      start = new int[cap + 1];
    }

    /** Number of words extracted. */
    public int size() {
      return n;
    }

    /** Feature bucket array; word {@code i} owns {@code [from(i), from(i + 1))}. */
    public int[] features() {
      return features;
    }

    public int from(int i) {
      return start[i];
    }

    /** The stem keys of the words extracted last, the keys {@link DocumentContext} counts. */
    public long[] stems() {
      return java.util.Arrays.copyOf(stem, n);
    }
  }

  /** Fills {@code s} with the features of {@code words[0, n)}. */
  public void extract(CharSequence[] words, int n, Scratch s) {
    s.ensure(n);
    for (int i = 0; i < n; i++) {
      analyze(words[i], i, s);
    }
    lexicon.match(s.stem, n, s.gazBegin, s.gazInside);
    int f = 0;
    for (int i = 0; i < n; i++) {
      s.start[i] = f;
      f = wordFeatures(s, i, f);
    }
    s.start[n] = f;
  }

  /** What a word contributes on its own, computed once per distinct word per scratch. */
  static final class WordInfo {
    long norm;
    long stem;
    long shape;
    int[] cl = new int[WordClusters.LEVELS];
    int prior;
    /** Punctuation or symbols only (no letter or digit). */
    boolean punct;
    /** A function word (preposition, conjunction, pronoun, auxiliary) after its proclitics. */
    boolean function;
    /** The stem starts with the article ال. */
    boolean definite;
    /** Quote or bracket kind: {@link #Q_NONE}, {@link #Q_OPEN}, {@link #Q_CLOSE}, {@link #Q_TOGGLE}. */
    int quote;
    /** Buckets of the word-internal features; identity features (raw, folded, stem) first. */
    int[] local;
    /**
     * Weight sums of the word's role features for d = -2..2 ({@code [(d + 2) * L + label]}), per
     * stage in turn ({@code [(stage * 5 + d + 2) * L + label]}: the first pass, then the
     * document-level second pass), in one array so that both stages' sums share cache lines.
     */
    float[] roles;
  }

  private void analyze(CharSequence word, int i, Scratch s) {
    String w = word.toString();
    WordInfo info = s.cache.get(w);
    if (info == null) {
      if (s.cache.size() >= Scratch.CACHE_LIMIT) {
        s.cache.clear();
      }
      info = analyze(w, s);
      s.cache.put(w, info);
    }
    s.info[i] = info;
    s.norm[i] = info.norm;
    s.stem[i] = info.stem;
    s.shape[i] = info.shape;
    s.prior[i] = info.prior;
    for (int k = 0; k < WordClusters.LEVELS; k++) {
      s.cl[k][i] = info.cl[k];
    }
  }

  private WordInfo analyze(String word, Scratch s) {
    WordInfo info = new WordInfo();
    info.shape = shapeHash(word);
    String key = WordClusters.key(word);
    info.norm = Hashing.chars(key);
    int split = key.isEmpty() ? 0 : splitter.split(word, key);
    if (CliticSplitter.proclitics(split) == 0) {
      // The segmenter keeps names whole; split و/ف/ب/ل/ك off them by corpus frequency, as the
      // mention spans do (لأردوغان → ل + أردوغان), so the stem features see the name.
      int q = MentionSpans.procliticLetters(key, clusters, false);
      if (q > 0 && q + CliticSplitter.enclitics(split) < key.length()) {
        split = (q << 16) | CliticSplitter.enclitics(split);
      }
    }
    int p = CliticSplitter.proclitics(split);
    int e = key.length() - CliticSplitter.enclitics(split);
    boolean bare = p == 0 && e == key.length();
    info.stem = bare ? info.norm : Hashing.chars(key, p, e);
    int[] c = clusters.lookupKey(key);
    info.prior = prior.lookupKey(key);
    if (info.prior == 0 && !bare) {
      info.prior = prior.lookupKey(key.substring(p, e));
    }
    int freq = c == null ? -1 : 32 - Integer.numberOfLeadingZeros(c[WordClusters.LEVELS]);
    int offset = 0;
    if (c == null && !bare) {
      c = clusters.lookupKey(key.substring(p, e));
      offset = 1 << 20; // a stem's cluster is a different feature value from a word's
    }
    for (int k = 0; k < WordClusters.LEVELS; k++) {
      info.cl[k] = c == null ? -1 : c[k] + offset;
    }
    if (structural) { // read only by structuralFeatures: no cost for models without them
      markStructure(info, word, key, key.substring(p, e));
    }
    int[] out = s.localBuffer;
    int f = 0;
    out[f++] = bucket(T_RAW, Hashing.chars(word));
    out[f++] = bucket(T_NORM, info.norm);
    out[f++] = bucket(T_STEM, info.stem);
    out[f++] = bucket(T_PROC, p == 0 ? Hashing.NONE : Hashing.chars(key, 0, p));
    out[f++] = bucket(T_ENC, e == key.length() ? Hashing.NONE : Hashing.chars(key, e, key.length()));
    out[f++] = bucket(T_SHAPE, info.shape);
    out[f++] = bucket(T_LEN, Math.min(e - p, 8));
    for (int k = 1; k <= 3; k++) {
      if (k <= e - p) {
        out[f++] = bucket(T_PRE + k, Hashing.chars(key, p, p + k));
        out[f++] = bucket(T_SUF + k, Hashing.chars(key, e - k, e));
      }
    }
    for (int k = 1; k <= 2 && k <= key.length(); k++) {
      out[f++] = bucket(T_WPRE + k, Hashing.chars(key, 0, k));
    }
    if (e - p >= 4) {
      out[f++] = bucket(T_SUF + 4, Hashing.chars(key, e - 4, e));
    }
    if (charGrams) {
      // Character trigrams of the stem, padded: transliterated foreign names share them.
      int m = e - p + 2;
      for (int j = 0; j + 3 <= m && j < 12; j++) {
        long h = Hashing.mix(Hashing.mix(padded(key, p, m, j), padded(key, p, m, j + 1)),
            padded(key, p, m, j + 2));
        out[f++] = bucket(T_GRAM, h);
      }
    }
    for (int k = 0; k < WordClusters.LEVELS; k++) {
      out[f++] = bucket(T_CLUSTER + k, info.cl[k]);
    }
    out[f++] = bucket(T_FREQ, freq);
    info.local = java.util.Arrays.copyOf(out, f);
    return info;
  }

  /** Word shape: Arabic letters a, Latin X/x, digits d, other chars themselves; runs collapsed. */
  static long shapeHash(CharSequence w) {
    long h = 0xcbf29ce484222325L;
    char last = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char k;
      if (ArabicChars.isArabicWordChar(c)) {
        k = 'a';
      } else if (ArabicChars.isDigit(c)) {
        k = 'd';
      } else if (c >= 'A' && c <= 'Z') {
        k = 'X';
      } else if (Character.isLetter(c)) {
        k = 'x';
      } else {
        k = c;
      }
      if (k != last) {
        h ^= k;
        h *= 0x100000001b3L;
        last = k;
      }
    }
    return Hashing.fmix(h);
  }

  int bucket(long template, long value) {
    return (int) (Hashing.mix(template, value) >>> shift);
  }

  private int wordFeatures(Scratch s, int i, int f) {
    int[] out = s.features;
    int n = s.n;
    for (int d = -2; d <= 2; d++) {
      int j = i + d;
      f = j < 0 || j >= n ? boundaryFeatures(d, out, f) : roleFeatures(s.info[j], d, out, f);
    }
    return pairFeatures(s, i, out, f);
  }

  /**
   * The features that word {@code w} gives the word {@code -d} positions away from it, i.e. the
   * features of position {@code i} that depend only on the word at {@code i + d}: for
   * {@code d = 0} the word-internal ones. They are summed once per word and role at tagging time.
   */
  int roleFeatures(WordInfo w, int d, int[] out, int f) {
    switch (d) {
      case 0:
        System.arraycopy(w.local, 0, out, f, w.local.length);
        f += w.local.length;
        break;
      case -2:
      case 2:
        out[f++] = bucket(T_CTX + d, w.norm);
        out[f++] = bucket(d < 0 ? T_CLUSTER_PREV2 : T_CLUSTER_NEXT2, w.cl[1]);
        break;
      default:
        out[f++] = bucket(T_CTX + d, w.norm);
        out[f++] = bucket(T_STEM_CTX + d, w.stem);
        out[f++] = bucket(T_SHAPE_CTX + d, w.shape);
        for (int k = 0; k < WordClusters.LEVELS; k++) {
          out[f++] = bucket((d < 0 ? T_CLUSTER_PREV : T_CLUSTER_NEXT) + k, w.cl[k]);
        }
        break;
    }
    if (d >= -1 && d <= 1) {
      for (int t = 0; w.prior != 0 && t < 4; t++) {
        int level = LabelPrior.level(w.prior, t);
        if (level > 0) {
          out[f++] = bucket(T_PRIOR + 8 * (d + 1) + t, level);
          int position = LabelPrior.position(w.prior, t);
          if (position > 0) {
            out[f++] = bucket(T_PRIOR_POSITION + 4 * (d + 1) + t, level * 4 + position);
          }
        }
      }
      int conf = LabelPrior.confidence(w.prior);
      if (d == 0 && conf > 0) {
        // How much corpus evidence stands behind the levels (priors packed with a confidence)
        out[f++] = bucket(T_PRIOR_CONF, conf);
        for (int t = 0; t < 4; t++) {
          int level = LabelPrior.level(w.prior, t);
          if (level > 0) {
            out[f++] = bucket(T_PRIOR_CONF + 1 + t, conf * 16 + level);
          }
        }
      }
    }
    return f;
  }

  /** What {@link #roleFeatures} gives for a position {@code d} beyond the sentence. */
  private int boundaryFeatures(int d, int[] out, int f) {
    long word = d < 0 ? BOS : EOS;
    int cluster = d < 0 ? -2 : -3;
    if (d == -2 || d == 2) {
      out[f++] = bucket(T_CTX + d, word);
      out[f++] = bucket(d < 0 ? T_CLUSTER_PREV2 : T_CLUSTER_NEXT2, cluster);
    } else {
      out[f++] = bucket(T_CTX + d, word);
      out[f++] = bucket(T_STEM_CTX + d, word);
      out[f++] = bucket(T_SHAPE_CTX + d, word);
      for (int k = 0; k < WordClusters.LEVELS; k++) {
        out[f++] = bucket((d < 0 ? T_CLUSTER_PREV : T_CLUSTER_NEXT) + k, cluster);
      }
    }
    return f;
  }

  /** Features of position {@code i} that combine several words, the bias and the lexicon. */
  private int pairFeatures(Scratch s, int i, int[] out, int f) {
    int n = s.n;
    out[f++] = bucket(T_BIAS, 0);
    out[f++] = bucket(T_BIGRAM - 1, Hashing.mix(at(s.norm, i - 1, n), s.norm[i]));
    out[f++] = bucket(T_BIGRAM + 1, Hashing.mix(s.norm[i], at(s.norm, i + 1, n)));
    out[f++] = bucket(T_CLUSTER_PAIR, Hashing.mix(clusterAt(s, 2, i - 1), s.cl[2][i]));
    out[f++] = bucket(T_CLUSTER_AROUND, Hashing.mix(clusterAt(s, 1, i - 1), clusterAt(s, 1, i + 1)));
    for (int d = -2; d <= 1; d++) {
      int j = i + d;
      if (j < 0 || j >= n) {
        continue;
      }
      f = lexiconFeatures(out, f, T_GAZ_BEGIN + d, s.gazBegin[j]);
      f = lexiconFeatures(out, f, T_GAZ_INSIDE + d, s.gazInside[j]);
    }
    if (structural) {
      f = structuralFeatures(s, i, out, f);
    }
    return f;
  }

  /** The word facts {@link #structuralFeatures} reads: punctuation, quotes, function words. */
  private static void markStructure(WordInfo info, String word, String key, String stemText) {
    info.punct = true;
    for (int k = 0; k < word.length(); k++) {
      if (Character.isLetterOrDigit(word.charAt(k))) {
        info.punct = false;
        break;
      }
    }
    info.quote = quoteKind(word);
    info.function = FUNCTION_WORDS.contains(key) || FUNCTION_WORDS.contains(stemText);
    info.definite = stemText.startsWith("ال") && stemText.length() > 3;
  }

  /** Trigger classes in {@link Lexicon#CLASSES} bit order: T_PER, T_ORG, T_LOC, T_MISC. */
  private static final int TRIGGER_BITS = 0xF0;
  /** How far to the left a trigger head is looked for. */
  static final int TRIGGER_REACH = 6;

  /**
   * Structural features for long names, of position {@code i}: for each trigger class, the
   * nearest head of that class (a title, an organization, place or event head) within
   * {@link #TRIGGER_REACH} words to the left in the same clause (punctuation other than quotes
   * ends the search), with its distance, whether a function word lies between (a genitive chain
   * {@code مجلس التعاون لدول الخليج العربية} has none) and whether this word is definite;
   * inside quotes or parentheses, the kind, the distance from the opening mark (capped), whether
   * the next word closes it and the trigger class of the word before the opening mark
   * ({@code صحيفة «الحياة»}).
   */
  private int structuralFeatures(Scratch s, int i, int[] out, int f) {
    WordInfo[] info = s.info;
    boolean def = info[i].definite;
    int seen = 0;
    boolean functionBetween = false;
    for (int j = i - 1; j >= 0 && i - j <= TRIGGER_REACH; j--) {
      WordInfo w = info[j];
      if (w.punct && w.quote == Q_NONE) {
        break;
      }
      int cls = s.gazBegin[j] & TRIGGER_BITS & ~seen;
      while (cls != 0) {
        int c = Integer.numberOfTrailingZeros(cls);
        out[f++] = bucket(T_TRIGGER_LEFT + 16 * c + i - j,
            (functionBetween ? 2 : 0) | (def ? 1 : 0));
        cls &= cls - 1;
      }
      seen |= s.gazBegin[j] & TRIGGER_BITS;
      functionBetween |= w.function;
    }
    // Innermost open quote or bracket to the left within the sentence.
    int open = -1;
    int depthSkip = 0;
    boolean toggleOpen = false;
    for (int j = 0; j < i; j++) {
      if (info[j].quote == Q_TOGGLE) {
        toggleOpen = !toggleOpen;
      }
    }
    for (int j = i - 1; j >= 0 && open < 0; j--) {
      int q = info[j].quote;
      if (q == Q_CLOSE) {
        depthSkip++;
      } else if (q == Q_OPEN) {
        if (depthSkip == 0) {
          open = j;
        } else {
          depthSkip--;
        }
      } else if (q == Q_TOGGLE && toggleOpen) {
        open = j;
      }
    }
    if (open >= 0) {
      int kind = info[open].quote;
      out[f++] = bucket(T_QUOTE, kind * 8 + Math.min(i - open, 5));
      boolean closes = i + 1 < s.n && (info[i + 1].quote == Q_CLOSE
          || info[i + 1].quote == Q_TOGGLE);
      out[f++] = bucket(T_QUOTE + 1, kind * 2 + (closes ? 1 : 0));
      int before = open > 0 ? s.gazBegin[open - 1] | s.gazInside[open - 1] : 0;
      f = lexiconFeatures(out, f, T_QUOTE + 2, before | (1 << 30));
    }
    return f;
  }

  static final int Q_NONE = 0;
  static final int Q_OPEN = 1;
  static final int Q_CLOSE = 2;
  static final int Q_TOGGLE = 3;

  static int quoteKind(String word) {
    if (word.length() != 1) {
      return Q_NONE;
    }
    switch (word.charAt(0)) {
      case '«':
      case '(':
      case '“':
      case '[':
        return Q_OPEN;
      case '»':
      case ')':
      case '”':
      case ']':
        return Q_CLOSE;
      case '"':
        return Q_TOGGLE;
      default:
        return Q_NONE;
    }
  }

  /** Function words (folded), which end a genitive chain. */
  private static final java.util.Set<String> FUNCTION_WORDS = functionWords(
      "في من على إلى الى عن مع أن ان إن إنه أنه لكن التي الذي الذين اللذين اللتين اللواتي قال"
      + " كان كانت يكون ما لا لم لن قد هذا هذه ذلك تلك هو هي هم هما نحن بين حيث كما أو او ثم"
      + " بعد قبل خلال منذ حتى عند لدى غير أي كل بعض عبر ضد نحو حول دون إلا الا وقد فقد لقد أمس"
      + " اليوم يوم أيضا وفق وفقا عندما بينما إذ إذا لأن كي");

  private static java.util.Set<String> functionWords(String words) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : words.split(" ")) {
      out.add(WordClusters.key(w));
    }
    return java.util.Set.copyOf(out);
  }

  /**
   * The weight sums of the role features of word {@code w} under every stage's weights
   * ({@link WordInfo#roles}), computed once per distinct word (a scratch serves one model),
   * hashing the features and looking up each row once for all stages.
   */
  float[] roles(WordInfo w, CompactWeights weights, int[] buf) {
    if (w.roles == null) {
      int l = Labels.COUNT;
      int stages = weights.stages();
      float[][] r = new float[stages][5 * l];
      for (int d = -2; d <= 2; d++) {
        int f = roleFeatures(w, d, buf, 0);
        weights.sumStages(buf, 0, f, r, (d + 2) * l);
      }
      float[] all = new float[stages * 5 * l];
      for (int k = 0; k < stages; k++) {
        System.arraycopy(r[k], 0, all, k * 5 * l, 5 * l);
      }
      w.roles = all;
    }
    return w.roles;
  }

  /**
   * Tagging fast path: analyzes the words and fills only the per-position features of
   * {@link #pairFeatures} and the boundary ones; the caller adds each word's cached role sums.
   */
  void extractContext(CharSequence[] words, int n, Scratch s) {
    s.ensure(n);
    for (int i = 0; i < n; i++) {
      analyze(words[i], i, s);
    }
    lexicon.match(s.stem, n, s.gazBegin, s.gazInside);
    int[] out = s.features;
    int f = 0;
    for (int i = 0; i < n; i++) {
      s.start[i] = f;
      for (int d = -2; d <= 2; d++) {
        int j = i + d;
        if (j < 0 || j >= n) {
          f = boundaryFeatures(d, out, f);
        }
      }
      f = pairFeatures(s, i, out, f);
    }
    s.start[n] = f;
  }

  /** Char {@code j} of {@code "^" + key[p, p + m - 2) + "$"}. */
  private static char padded(String key, int p, int m, int j) {
    return j == 0 ? '^' : j == m - 1 ? '$' : key.charAt(p + j - 1);
  }

  private int lexiconFeatures(int[] out, int f, long template, int bits) {
    while (bits != 0) {
      int cls = Integer.numberOfTrailingZeros(bits);
      out[f++] = bucket(template, cls);
      bits &= bits - 1;
    }
    return f;
  }

  private static long at(long[] a, int i, int n) {
    return i < 0 ? BOS : i >= n ? EOS : a[i];
  }

  private static int clusterAt(Scratch s, int level, int i) {
    return i < 0 ? -2 : i >= s.n ? -3 : s.cl[level][i];
  }

  private static final long BOS = Hashing.chars("<s>");
  private static final long EOS = Hashing.chars("</s>");
  // Template ids: spaced so that template + offset never collides with another template.
  private static final long T_BIAS = 1;
  private static final long T_RAW = 2;
  private static final long T_NORM = 3;
  private static final long T_STEM = 4;
  private static final long T_PROC = 5;
  private static final long T_ENC = 6;
  private static final long T_SHAPE = 7;
  private static final long T_LEN = 8;
  private static final long T_PRE = 20;
  private static final long T_SUF = 30;
  private static final long T_WPRE = 40;
  private static final long T_CTX = 50;
  private static final long T_STEM_CTX = 60;
  private static final long T_SHAPE_CTX = 70;
  private static final long T_BIGRAM = 80;
  private static final long T_CLUSTER = 90;
  private static final long T_CLUSTER_PREV = 100;
  private static final long T_CLUSTER_NEXT = 110;
  private static final long T_CLUSTER_PREV2 = 120;
  private static final long T_CLUSTER_NEXT2 = 121;
  private static final long T_CLUSTER_PAIR = 122;
  private static final long T_GAZ_BEGIN = 130;
  private static final long T_GAZ_INSIDE = 140;
  private static final long T_GRAM = 150;
  private static final long T_CLUSTER_AROUND = 151;
  private static final long T_FREQ = 152;
  private static final long T_PRIOR = 160;
  private static final long T_PRIOR_CONF = 190;
  private static final long T_PRIOR_POSITION = 200;
  private static final long T_TRIGGER_LEFT = 500;
  private static final long T_QUOTE = 700;
}
