package org.marsad.ner.train;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.ner.WordClusters;
import org.marsad.text.ArabicChars;
import org.marsad.text.ArabicNormalizer;

/**
 * Learns hierarchical word clusters from unlabeled news: the distributional-similarity recipe of
 * Lin and Wu (2009, "Phrase clustering for discriminative learning") made cheap.
 *
 * <p>For the most frequent folded word types, counts of the immediate left and right neighbours
 * among the most frequent context words are PPMI-weighted (context distribution smoothed with
 * alpha = 0.75, Levy et al. 2015), random-projected to {@value #DIMS} dimensions and clustered by
 * spherical k-means into 64 groups; each group is split into 4, three times more, which gives
 * four nested granularities (64 / 256 / 1024 / 4096) that the tagger uses as separate features. Deterministic
 * for a given corpus and seed; single-threaded.
 */
public final class ClusterLearner {
  static final int DIMS = 128;
  private static final int SENTENCE_BREAK = -1;

  private final int targets;
  private final int contexts;
  private final long seed;
  private final int window;

  /**
   * @param targets how many of the most frequent word types get a cluster
   * @param contexts how many of the most frequent words serve as context features
   */
  public ClusterLearner(int targets, int contexts, long seed) {
    this(targets, contexts, 2, seed);
  }

  /** @param window context words on each side, each position a separate block of features */
  public ClusterLearner(int targets, int contexts, int window, long seed) {
    if (targets < 64 || contexts < 1) {
      throw new IllegalArgumentException("targets must be >= 64 and contexts >= 1");
    }
    this.targets = targets;
    this.contexts = contexts;
    this.seed = seed;
    this.window = window;
  }

  /** Reads every {@code *.zip} of SaudiNewsNet-style JSON under {@code corpusDir}. */
  public WordClusters learn(Path corpusDir) throws IOException {
    return learn(readCorpus(corpusDir));
  }

  /** Reads every {@code *.zip} of SaudiNewsNet-style JSON under {@code corpusDir}, in name order. */
  static Corpus readCorpus(Path corpusDir) throws IOException {
    Corpus corpus = new Corpus();
    List<Path> zips;
    try (Stream<Path> s = Files.list(corpusDir)) {
      zips = s.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
    }
    if (zips.isEmpty()) {
      throw new IOException("no .zip files in corpus directory " + corpusDir);
    }
    for (Path zip : zips) {
      corpus.readZip(zip);
    }
    return corpus;
  }

  WordClusters learn(Corpus corpus) {
    int[] byFreq = corpus.idsByFrequency();
    int nTargets = Math.min(targets, byFreq.length);
    int nContexts = Math.min(contexts, byFreq.length);
    int[] targetIndex = rankIndex(byFreq, nTargets, corpus.size());
    int[] contextIndex = rankIndex(byFreq, nContexts, corpus.size());
    float[][] vectors = embed(corpus.stream, corpus.streamLength, targetIndex, contextIndex,
        nTargets, nContexts);
    int[][] ids = hierarchicalKMeans(vectors);
    Map<String, int[]> clusters = new HashMap<>(nTargets * 2);
    for (int r = 0; r < nTargets; r++) {
      clusters.put(corpus.words.get(byFreq[r]),
          new int[] {ids[0][r], ids[1][r], ids[2][r], ids[3][r], corpus.counts.get(byFreq[r])[0]});
    }
    return new WordClusters(clusters);
  }

  private static int[] rankIndex(int[] byFreq, int n, int vocab) {
    int[] index = new int[vocab];
    Arrays.fill(index, -1);
    for (int r = 0; r < n; r++) {
      index[byFreq[r]] = r;
    }
    return index;
  }

  /** PPMI over (target, left/right context) pairs, then a Gaussian random projection. */
  private float[][] embed(int[] stream, int len, int[] targetIndex, int[] contextIndex,
      int nTargets, int nContexts) {
    int dims = 2 * window * nContexts;
    long[] pairs = new long[2 * window * len];
    int n = 0;
    for (int i = 0; i < len; i++) {
      int w = stream[i];
      if (w < 0 || targetIndex[w] < 0) {
        continue;
      }
      long t = (long) targetIndex[w] * dims;
      int block = 0;
      for (int d = -window; d <= window; d++) {
        if (d == 0) {
          continue;
        }
        int j = i + d;
        int c = j >= 0 && j < len ? stream[j] : SENTENCE_BREAK;
        if (c >= 0 && contextIndex[c] >= 0) {
          pairs[n++] = t + (long) block * nContexts + contextIndex[c];
        }
        block++;
      }
    }
    Arrays.sort(pairs, 0, n);
    double[] rowSum = new double[nTargets];
    double[] colSum = new double[dims];
    for (int i = 0; i < n; i++) {
      rowSum[(int) (pairs[i] / dims)]++;
      colSum[(int) (pairs[i] % dims)]++;
    }
    double colTotal = 0;
    for (int d = 0; d < dims; d++) {
      colSum[d] = Math.pow(colSum[d], 0.75);
      colTotal += colSum[d];
    }
    float[][] projection = gaussian(dims, new SplittableRandom(seed));
    float[][] vectors = new float[nTargets][DIMS];
    double total = n;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && pairs[j] == pairs[i]) {
        j++;
      }
      int t = (int) (pairs[i] / dims);
      int d = (int) (pairs[i] % dims);
      double pmi = Math.log((j - i) / total / (rowSum[t] / total * colSum[d] / colTotal));
      if (pmi > 0) {
        float[] v = vectors[t];
        float[] p = projection[d];
        for (int k = 0; k < DIMS; k++) {
          v[k] += (float) pmi * p[k];
        }
      }
      i = j;
    }
    for (float[] v : vectors) {
      normalize(v);
    }
    return vectors;
  }

  private static float[][] gaussian(int rows, SplittableRandom random) {
    float[][] m = new float[rows][DIMS];
    for (float[] row : m) {
      for (int k = 0; k < DIMS; k++) {
        // Box-Muller; only the distribution's symmetry matters here.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        row[k] = (float) (Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
      }
    }
    return m;
  }

  private static void normalize(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    if (s == 0) {
      return;
    }
    float inv = (float) (1 / Math.sqrt(s));
    for (int k = 0; k < v.length; k++) {
      v[k] *= inv;
    }
  }

  /** Four nested levels: 64 clusters, each split in 4 (256), again (1024) and again (4096). */
  private int[][] hierarchicalKMeans(float[][] vectors) {
    int n = vectors.length;
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    int[] level0 = kmeans(vectors, all, 64, 15);
    int[] level1 = split(vectors, level0, 64, 4);
    int[] level2 = split(vectors, level1, 256, 4);
    int[] level3 = split(vectors, level2, 1024, 4);
    return new int[][] {level0, level1, level2, level3};
  }

  private int[] split(float[][] vectors, int[] parent, int parents, int ways) {
    List<List<Integer>> members = new ArrayList<>();
    for (int c = 0; c < parents; c++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < parent.length; i++) {
      members.get(parent[i]).add(i);
    }
    int[] child = new int[parent.length];
    for (int c = 0; c < parents; c++) {
      int[] idx = members.get(c).stream().mapToInt(Integer::intValue).toArray();
      int[] sub = kmeans(vectors, idx, ways, 10);
      for (int m = 0; m < idx.length; m++) {
        child[idx[m]] = c * ways + sub[m];
      }
    }
    return child;
  }

  /**
   * Spherical k-means over {@code vectors[idx]}; initial centroids are spread evenly over the
   * frequency-ranked members, which is deterministic and covers frequent and rare words alike.
   */
  static int[] kmeans(float[][] vectors, int[] idx, int k, int iterations) {
    int n = idx.length;
    int[] assign = new int[n];
    if (n <= k) {
      for (int i = 0; i < n; i++) {
        assign[i] = i;
      }
      return assign;
    }
    float[][] centroids = new float[k][];
    for (int c = 0; c < k; c++) {
      centroids[c] = vectors[idx[(int) ((long) c * n / k)]].clone();
    }
    for (int it = 0; it < iterations; it++) {
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        int best = nearest(vectors[idx[i]], centroids);
        changed |= best != assign[i] || it == 0;
        assign[i] = best;
      }
      if (!changed) {
        break;
      }
      float[][] sums = new float[k][DIMS];
      for (int i = 0; i < n; i++) {
        float[] v = vectors[idx[i]];
        float[] s = sums[assign[i]];
        for (int d = 0; d < DIMS; d++) {
          s[d] += v[d];
        }
      }
      for (int c = 0; c < k; c++) {
        normalize(sums[c]);
        if (norm(sums[c]) > 0) {
          centroids[c] = sums[c];
        }
      }
    }
    return assign;
  }

  private static double norm(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return s;
  }

  private static int nearest(float[] v, float[][] centroids) {
    int best = 0;
    float bestDot = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      float[] m = centroids[c];
      float dot = 0;
      for (int d = 0; d < DIMS; d++) {
        dot += v[d] * m[d];
      }
      if (dot > bestDot) {
        bestDot = dot;
        best = c;
      }
    }
    return best;
  }

  /** The corpus as a stream of word ids with {@value #SENTENCE_BREAK} at paragraph breaks. */
  static final class Corpus {
    final Map<String, Integer> ids = new HashMap<>();
    final List<String> words = new ArrayList<>();
    final List<int[]> counts = new ArrayList<>();
    int[] stream = new int[1 << 20];
    int streamLength;
    /** Stream positions where an article (a JSON object) starts, ascending. */
    int[] articleStarts = new int[1 << 12];
    int articles;

    int size() {
      return words.size();
    }

    void readZip(Path zip) throws IOException {
      JsonFactory json = new JsonFactory();
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          if (e.getName().endsWith(".json")) {
            readJson(json, in);
          }
        }
      }
    }

    private void readJson(JsonFactory json, InputStream in) throws IOException {
      JsonParser p = json.createParser(new NonClosing(in));
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          startArticle();
        } else if (t == JsonToken.FIELD_NAME
            && ("content".equals(p.currentName()) || "title".equals(p.currentName()))) {
          if (p.nextToken() == JsonToken.VALUE_STRING) {
            addText(p.getText());
          }
        }
      }
    }

    /** Marks the next stream position as the start of an article (once per position). */
    void startArticle() {
      if (articles > 0 && articleStarts[articles - 1] == streamLength) {
        return;
      }
      if (articles == articleStarts.length) {
        articleStarts = Arrays.copyOf(articleStarts, articles * 2);
      }
      articleStarts[articles++] = streamLength;
    }

    /** Splits into words (runs of letters or digits) and one-char punctuation tokens. */
    void addText(String text) {
      int i = 0;
      int n = text.length();
      while (i < n) {
        char c = text.charAt(i);
        if (c == '\n') {
          add(SENTENCE_BREAK);
          i++;
        } else if (isWordChar(c)) {
          int j = i;
          while (j < n && isWordChar(text.charAt(j))) {
            j++;
          }
          String w = WordClusters.key(text.substring(i, j));
          if (!w.isEmpty()) {
            add(id(w));
          }
          i = j;
        } else if (Character.isWhitespace(c)) {
          i++;
        } else {
          add(id(String.valueOf(c)));
          i++;
        }
      }
      add(SENTENCE_BREAK);
    }

    private static boolean isWordChar(char c) {
      return ArabicChars.isArabicWordChar(c) || Character.isLetterOrDigit(c);
    }

    private int id(String w) {
      Integer id = ids.get(w);
      if (id == null) {
        id = words.size();
        ids.put(w, id);
        words.add(w);
        counts.add(new int[1]);
      }
      counts.get(id)[0]++;
      return id;
    }

    private void add(int id) {
      if (id == SENTENCE_BREAK && (streamLength == 0 || stream[streamLength - 1] == SENTENCE_BREAK)) {
        return;
      }
      if (streamLength == stream.length) {
        stream = Arrays.copyOf(stream, stream.length * 2);
      }
      stream[streamLength++] = id;
    }

    /** Word ids by decreasing count, ties broken by the word for determinism. */
    int[] idsByFrequency() {
      Integer[] order = new Integer[words.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> {
        int c = Integer.compare(counts.get(b)[0], counts.get(a)[0]);
        return c != 0 ? c : words.get(a).compareTo(words.get(b));
      });
      return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
  }

  /** Lets the JSON parser close its input without closing the zip stream under it. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  /** Writes clusters as gzipped TSV: {@code word TAB c64 TAB c256 TAB c1024 TAB c4096 TAB count}, sorted by word. */
  public static void write(WordClusters clusters, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      for (Map.Entry<String, int[]> e : clusters.sortedEntries()) {
        int[] c = e.getValue();
        w.write(e.getKey() + "\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + c[3] + "\t" + c[4]
            + "\n");
      }
    }
  }

  /** {@code ClusterLearner CORPUS_DIR OUT.tsv.gz [TARGETS CONTEXTS SEED]}. */
  public static void main(String[] args) throws IOException {
    int targets = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    int contexts = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 42L;
    int window = args.length > 5 ? Integer.parseInt(args[5]) : 2;
    long t0 = System.nanoTime();
    WordClusters c = new ClusterLearner(targets, contexts, window, seed).learn(Path.of(args[0]));
    write(c, Path.of(args[1]));
    System.err.printf(java.util.Locale.ROOT, "clusters: %d words in %.1f s%n", c.size(), (System.nanoTime() - t0) / 1e9);
  }
}
