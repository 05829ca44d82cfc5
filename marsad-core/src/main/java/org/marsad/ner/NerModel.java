package org.marsad.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A trained sequence labeller: hashed feature weights per label, label transitions, and the word
 * clusters and lexicon its features were extracted with, plus provenance (training-data checksum,
 * seed, configuration, code version).
 *
 * <p>File format (big-endian): the 8 magic bytes {@code MRSDNER\0}, an int format version, then a
 * gzip stream of: provenance (count, then key/value UTF pairs), label count, hash bits, the
 * transition matrix as floats, the clusters (count, then word UTF and 5 ints), the lexicon (count,
 * then UTF lines), the label prior (count, then word UTF and packed int); from version 2 on, the
 * stage count (1, or 2 with the document-level second stage, then its window in sentences, a
 * boolean for first-pass labels as local features and its transitions as floats); then the
 * weights: a scale per stage as floats, the count of non-zero rows, their bucket indices as ints,
 * then the rows (each stage's labels in turn) as 16-bit ints times their stage's scale. Version 1
 * files (one stage, no stage count) are still read.
 *
 * <p>Immutable after construction and thread-safe. Internal API: used by the trainer and the
 * tagger; unsupported elsewhere.
 */
public final class NerModel {
  static final byte[] MAGIC = {'M', 'R', 'S', 'D', 'N', 'E', 'R', 0};
  static final int VERSION = 2;

  private final int bits;
  private final CompactWeights weights;
  private final float[] transitions;
  private final WordClusters clusters;
  private final Lexicon lexicon;
  private final LabelPrior prior;
  private final Map<String, String> provenance;
  private final FeatureExtractor extractor;
  private final CliticSplitter splitter;
  /** The second stage's transitions, or null for a one-stage model. */
  private final float[] transitions2;
  private final int docWindow;
  private final boolean docLocal;

  /**
   * @param weights {@code 2^bits * Labels.COUNT} floats, {@code weights[bucket * L + label]}
   * @param transitions {@code (Labels.COUNT + 1) * Labels.COUNT} floats, start row first
   */
  public NerModel(int bits, float[] weights, float[] transitions, WordClusters clusters,
      Lexicon lexicon, LabelPrior prior, Map<String, String> provenance) {
    this(bits, compact(bits, weights), transitions, clusters, lexicon, prior, provenance, null,
        0, false);
  }

  /**
   * A two-stage model: the second stage rescores every sentence with the first stage's features
   * plus the {@link DocumentContext} features of the first pass's labels.
   *
   * @param weights2 second-stage weights, same layout as {@code weights}
   * @param transitions2 second-stage transitions
   * @param docWindow sentences on each side that {@link DocumentContext} counts, at least 1
   * @param docLocal whether the first-pass labels at -1..+1 are second-stage features
   */
  public NerModel(int bits, float[] weights, float[] transitions, WordClusters clusters,
      Lexicon lexicon, LabelPrior prior, Map<String, String> provenance, float[] weights2,
      float[] transitions2, int docWindow, boolean docLocal) {
    this(bits, compact(bits, weights, weights2), transitions, clusters, lexicon, prior,
        provenance, transitions2, docWindow, docLocal);
    if (docWindow < 1) {
      throw new IllegalArgumentException("docWindow must be >= 1, got " + docWindow);
    }
  }

  private static CompactWeights compact(int bits, float[]... weights) {
    for (float[] w : weights) {
      if (w.length != (1 << bits) * Labels.COUNT) {
        throw new IllegalArgumentException("weights: expected 2^" + bits + " * " + Labels.COUNT);
      }
    }
    return new CompactWeights(bits, weights);
  }

  private NerModel(int bits, CompactWeights weights, float[] transitions, WordClusters clusters,
      Lexicon lexicon, LabelPrior prior, Map<String, String> provenance, float[] transitions2,
      int docWindow, boolean docLocal) {
    if (transitions.length != (Labels.COUNT + 1) * Labels.COUNT
        || (transitions2 != null && transitions2.length != transitions.length)
        || (transitions2 != null) != (weights.stages() == 2)) {
      throw new IllegalArgumentException("transitions: expected (L + 1) * L floats per stage");
    }
    if (lexicon.hasTeacherEntries()) {
      throw new IllegalArgumentException("a model may not hold entries of the train/eval-only"
          + " gazetteers " + Lexicon.TEACHER_CLASSES + ": they are for the prior's teachers");
    }
    this.transitions2 = transitions2;
    this.docWindow = transitions2 == null ? 0 : docWindow;
    this.docLocal = docLocal;
    this.bits = bits;
    this.weights = weights;
    this.transitions = transitions;
    this.clusters = clusters;
    this.lexicon = lexicon;
    this.prior = prior;
    this.provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    this.splitter = CliticSplitter.named(this.provenance.getOrDefault("segmenter", "light"));
    this.extractor = new FeatureExtractor(bits, clusters, lexicon, prior, splitter);
  }

  public FeatureExtractor extractor() {
    return extractor;
  }

  /** The weights of every stage. */
  CompactWeights compact() {
    return weights;
  }

  /** The dense first-stage weight table (a copy), {@code [bucket * L + label]}. */
  float[] weights() {
    return weights.dense(0);
  }

  float[] transitions() {
    return transitions;
  }

  /** Whether the model has a document-level second stage. */
  public boolean twoStage() {
    return transitions2 != null;
  }

  float[] transitions2() {
    return transitions2;
  }

  /** A fresh {@link DocumentContext} for the second stage; null for a one-stage model. */
  DocumentContext documentContext() {
    return transitions2 == null ? null : new DocumentContext(extractor, docWindow, docLocal);
  }

  public int bits() {
    return bits;
  }

  public Map<String, String> provenance() {
    return provenance;
  }

  public WordClusters clusters() {
    return clusters;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public LabelPrior prior() {
    return prior;
  }

  /** Writes the model, quantizing weights to 16 bits. */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file))) {
      raw.write(MAGIC);
      new DataOutputStream(raw).writeInt(VERSION);
      GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
      out.writeInt(provenance.size());
      for (Map.Entry<String, String> e : provenance.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
      out.writeInt(Labels.COUNT);
      out.writeInt(bits);
      for (float t : transitions) {
        out.writeFloat(t);
      }
      List<Map.Entry<String, int[]>> entries = clusters.sortedEntries();
      out.writeInt(entries.size());
      for (Map.Entry<String, int[]> e : entries) {
        out.writeUTF(e.getKey());
        for (int k = 0; k <= WordClusters.LEVELS; k++) {
          out.writeInt(e.getValue()[k]);
        }
      }
      out.writeInt(lexicon.lines().size());
      for (String line : lexicon.lines()) {
        out.writeUTF(line);
      }
      List<Map.Entry<String, Integer>> priors = prior.sortedEntries();
      out.writeInt(priors.size());
      for (Map.Entry<String, Integer> e : priors) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue());
      }
      out.writeInt(weights.stages());
      if (transitions2 != null) {
        out.writeInt(docWindow);
        out.writeBoolean(docLocal);
        for (float t : transitions2) {
          out.writeFloat(t);
        }
      }
      writeWeights(out, weights);
      out.flush();
      gz.finish();
    }
  }

  private static void writeWeights(DataOutputStream out, CompactWeights weights)
      throws IOException {
    int width = weights.stages() * Labels.COUNT;
    short[] rows = weights.rows();
    int[] buckets = weights.buckets();
    for (int st = 0; st < weights.stages(); st++) {
      out.writeFloat(weights.scale(st));
    }
    out.writeInt(buckets.length);
    for (int b : buckets) {
      out.writeInt(b);
    }
    for (short w : rows) {
      out.writeShort(w);
    }
    assert rows.length == buckets.length * width;
  }

  /**
   * Reads a model file.
   *
   * @throws ModelFormatException naming {@code file} if it is missing, unreadable or corrupt
   */
  public static NerModel read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new ModelFormatException("NER model file " + file + " does not exist;"
          + " pass an existing model or train one with 'marsad train ner'", e);
    } catch (IOException e) {
      throw new ModelFormatException("cannot read NER model file " + file + ": " + e, e);
    }
  }

  /** Reads a model from a stream; {@code name} is used in messages. */
  public static NerModel read(InputStream stream, String name) {
    try {
      InputStream raw = new BufferedInputStream(stream, 1 << 16);
      byte[] magic = raw.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new ModelFormatException(name + " is not a Marsad NER model (bad magic bytes);"
            + " train one with 'marsad train ner'");
      }
      int version = new DataInputStream(raw).readInt();
      if (version != VERSION && version != 1) {
        throw new ModelFormatException(name + " has NER model format version " + version
            + " but this build reads version " + VERSION + "; retrain it with 'marsad train ner'");
      }
      DataInputStream in = new DataInputStream(
          new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
      return readBody(in, name, version);
    } catch (EOFException | ZipException e) {
      throw new ModelFormatException(name + " is truncated or corrupt (" + e.getMessage()
          + "); copy it again or retrain it with 'marsad train ner'", e);
    } catch (IOException | IllegalArgumentException | NegativeArraySizeException e) {
      throw new ModelFormatException(name + " is corrupt: " + e
          + "; copy it again or retrain it with 'marsad train ner'", e);
    }
  }

  private static NerModel readBody(DataInputStream in, String name, int version)
      throws IOException {
    int np = in.readInt();
    Map<String, String> provenance = new LinkedHashMap<>();
    for (int i = 0; i < np; i++) {
      provenance.put(in.readUTF(), in.readUTF());
    }
    int labels = in.readInt();
    int bits = in.readInt();
    if (labels != Labels.COUNT || bits < 8 || bits > 28) {
      throw new ModelFormatException(name + " is corrupt: " + labels + " labels, " + bits
          + " hash bits (expected " + Labels.COUNT + " labels and 8-28 bits)");
    }
    float[] transitions = new float[(labels + 1) * labels];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = in.readFloat();
    }
    int nc = in.readInt();
    Map<String, int[]> cl = new HashMap<>(nc * 2);
    for (int i = 0; i < nc; i++) {
      String w = in.readUTF();
      int[] ids = new int[WordClusters.LEVELS + 1];
      for (int k = 0; k < ids.length; k++) {
        ids[k] = in.readInt();
      }
      cl.put(w, ids);
    }
    int nl = in.readInt();
    List<String> lines = new ArrayList<>(nl);
    for (int i = 0; i < nl; i++) {
      lines.add(in.readUTF());
    }
    int npr = in.readInt();
    Map<String, Integer> pr = new HashMap<>(Math.max(16, npr * 2));
    for (int i = 0; i < npr; i++) {
      pr.put(in.readUTF(), in.readInt());
    }
    int stages = 1;
    int docWindow = 0;
    boolean docLocal = false;
    float[] transitions2 = null;
    if (version >= 2) {
      stages = in.readInt();
      if (stages != 1 && stages != 2) {
        throw new ModelFormatException(name + " is corrupt: " + stages + " stages");
      }
      if (stages == 2) {
        docWindow = in.readInt();
        docLocal = in.readBoolean();
        if (docWindow < 1 || docWindow > 10_000) {
          throw new ModelFormatException(name + " is corrupt: document window " + docWindow);
        }
        transitions2 = new float[transitions.length];
        for (int i = 0; i < transitions2.length; i++) {
          transitions2[i] = in.readFloat();
        }
      }
    }
    CompactWeights weights = readWeights(in, bits, labels, stages, name);
    if (in.read() != -1) {
      throw new ModelFormatException(name + " is corrupt: trailing data after the weights");
    }
    CliticSplitter splitter = CliticSplitter.named(provenance.getOrDefault("segmenter", "light"));
    Lexicon lexicon = new Lexicon(lines, splitter);
    if (lexicon.hasTeacherEntries()) {
      throw new ModelFormatException(name + " holds entries of the train/eval-only gazetteers "
          + Lexicon.TEACHER_CLASSES + ", which may not ship");
    }
    return new NerModel(bits, weights, transitions, WordClusters.owning(cl), lexicon, new LabelPrior(pr), provenance, transitions2, docWindow,
        docLocal);
  }

  private static CompactWeights readWeights(DataInputStream in, int bits, int l, int stages,
      String name) throws IOException {
    float[] scale = new float[stages];
    for (int st = 0; st < stages; st++) {
      scale[st] = in.readFloat();
    }
    int rows = in.readInt();
    if (rows < 0 || rows > 1 << bits) {
      throw new ModelFormatException(name + " is corrupt: " + rows + " weight rows");
    }
    int width = stages * l;
    byte[] idx = new byte[rows * 4];
    in.readFully(idx);
    byte[] w = new byte[rows * width * 2];
    in.readFully(w);
    ByteBuffer ib = ByteBuffer.wrap(idx);
    ByteBuffer wb = ByteBuffer.wrap(w);
    int[] buckets = new int[rows];
    short[] weights = new short[rows * width];
    for (int r = 0; r < rows; r++) {
      buckets[r] = ib.getInt();
    }
    wb.asShortBuffer().get(weights);
    try {
      return new CompactWeights(bits, buckets, weights, scale);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(name + " is corrupt: " + e.getMessage(), e);
    }
  }
}
