package org.marsad.ner;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Document;
import org.marsad.model.EntityMention;
import org.marsad.model.Sentence;
import org.marsad.model.Token;

/**
 * Named-entity tagger: an averaged structured perceptron (Collins 2002) over BIO labels with
 * hashed features ({@link FeatureExtractor}) and constrained first-order Viterbi decoding. A
 * two-stage model tags each document twice: the second pass adds what the first said about the
 * same words in the sentences around ({@link DocumentContext}), so a name recognized once in an
 * article helps its other mentions.
 *
 * <p>Mentions carry UTF-16 offsets into the document text and exclude attached proclitics
 * ({@link MentionSpans}); their score is the mean per-token softmax probability of the chosen
 * label under the emission scores, a confidence in [0, 1] and not a calibrated probability.
 *
 * <p>Thread-safe: the model is immutable, and {@link #tag} uses buffers and a bounded word cache
 * owned by the calling thread. {@link #shared()} loads the model shipped in the jar once.
 */
public final class PerceptronEntityTagger implements EntityTagger {
  /** Classpath location of the shipped model. */
  public static final String RESOURCE = "/org/marsad/ner/ner-model.bin";

  private final NerModel model;
  /** One session per worker thread, so its word cache stays warm across documents. */
  private final ThreadLocal<Session> sessions = ThreadLocal.withInitial(this::session);

  public PerceptronEntityTagger(NerModel model) {
    this.model = model;
  }

  private static final class Holder {
    static final PerceptronEntityTagger SHARED = loadShipped();
  }

  /**
   * The tagger with the model shipped in {@code marsad-core}, loaded on first use.
   *
   * @throws ModelFormatException if the jar lacks the model or it is corrupt
   */
  public static PerceptronEntityTagger shared() {
    return Holder.SHARED;
  }

  private static PerceptronEntityTagger loadShipped() {
    InputStream in = PerceptronEntityTagger.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new ModelFormatException("the NER model resource " + RESOURCE
          + " is missing from the classpath; rebuild marsad-core with scripts/train-ner.sh");
    }
    try (in) {
      return new PerceptronEntityTagger(NerModel.read(in, "classpath:" + RESOURCE));
    } catch (java.io.IOException e) {
      throw new ModelFormatException("cannot close classpath:" + RESOURCE, e);
    }
  }

  /**
   * Loads a model file written by the trainer.
   *
   * @throws ModelFormatException naming {@code model} if it is missing or corrupt
   */
  public static PerceptronEntityTagger load(Path model) {
    return new PerceptronEntityTagger(NerModel.read(model));
  }

  public NerModel model() {
    return model;
  }

  @Override
  public List<EntityMention> tag(Document doc) {
    Session session = sessions.get();
    List<EntityMention> out = new ArrayList<>();
    List<List<Token>> sentences = new ArrayList<>();
    if (doc.sentences().isEmpty()) {
      sentences.add(doc.tokens());
    } else {
      for (Sentence s : doc.sentences()) {
        sentences.add(doc.tokensOf(s));
      }
    }
    session.tagSentences(sentences, out);
    return out;
  }

  /** A reusable tagging context with its own buffers: one per thread. */
  public Session session() {
    return new Session();
  }

  /** Buffers for tagging on one thread; not thread-safe. */
  public final class Session {
    private final FeatureExtractor.Scratch scratch = new FeatureExtractor.Scratch();
    private final Viterbi viterbi = new Viterbi();

    private Session() {}

    private int[] docFeatures = new int[64 * DocumentContext.MAX_FEATURES];
    private int[] docStart = new int[65];
    private final DocumentContext context = model.documentContext();
    private final CompactWeights stages = model.compact();

    /**
     * Labels {@code words[0, n)} of one sentence into {@code out} (see {@link Labels}), as a
     * document of one sentence.
     */
    public void label(CharSequence[] words, int n, int[] out) {
      List<CharSequence[]> doc = new ArrayList<>(1);
      doc.add(n == words.length ? words : java.util.Arrays.copyOf(words, n));
      labelDocument(doc, new int[][] {out}, null);
    }

    /**
     * Labels the sentences of one document, in order: {@code out[s]} receives the labels of
     * {@code sentences.get(s)} (see {@link Labels}). With a two-stage model the first pass tags
     * every sentence, then the second rescores each one with what the first said about the same
     * words in the sentences around it ({@link DocumentContext}).
     *
     * @param emissions if not null, receives a copy of each sentence's final emission scores
     */
    public void labelDocument(List<? extends CharSequence[]> sentences, int[][] out,
        float[][] emissions) {
      FeatureExtractor extractor = model.extractor();
      int m = sentences.size();
      if (context == null) {
        for (int s = 0; s < m; s++) {
          CharSequence[] words = sentences.get(s);
          int n = words.length;
          extractor.extractContext(words, n, scratch);
          viterbi.emissionsByRole(stages, 0, extractor, scratch.info, scratch.features,
              scratch.start, n, null, scratch.roleBuffer);
          viterbi.decode(model.transitions(), n, out[s]);
          if (emissions != null) {
            emissions[s] = java.util.Arrays.copyOf(viterbi.emission(), n * Labels.COUNT);
          }
        }
        return;
      }
      // First pass: every sentence, keeping the second stage's sums of its features (read from
      // the same weight rows and cached role sums as the first stage's).
      int[][] first = new int[m][];
      long[][] stems = new long[m][];
      float[][] partial = new float[m][];
      int[] sizes = new int[m];
      for (int s = 0; s < m; s++) {
        CharSequence[] words = sentences.get(s);
        int n = words.length;
        sizes[s] = n;
        extractor.extractContext(words, n, scratch);
        partial[s] = new float[n * Labels.COUNT];
        viterbi.emissionsByRole(stages, 0, extractor, scratch.info, scratch.features,
            scratch.start, n, partial[s], scratch.roleBuffer);
        first[s] = new int[n];
        viterbi.decode(model.transitions(), n, first[s]);
        stems[s] = scratch.stems();
      }
      // Second pass: the same features plus what the first pass said about the same stems in
      // the sentences around, under the second stage's weights.
      context.reset(stems, first, sizes, m);
      for (int s = 0; s < m; s++) {
        int n = sizes[s];
        if (docStart.length < n + 1) {
          docStart = new int[n * 2 + 1];
          docFeatures = new int[docStart.length * DocumentContext.MAX_FEATURES];
        }
        context.features(s, docFeatures, docStart);
        viterbi.secondStageEmissions(stages, n, partial[s], docFeatures, docStart);
        viterbi.decode(model.transitions2(), n, out[s]);
        if (emissions != null) {
          emissions[s] = java.util.Arrays.copyOf(viterbi.emission(), n * Labels.COUNT);
        }
      }
    }

    void tagSentences(List<List<Token>> sentences, List<EntityMention> out) {
      List<CharSequence[]> words = new ArrayList<>(sentences.size());
      int[][] labels = new int[sentences.size()][];
      for (int s = 0; s < sentences.size(); s++) {
        List<Token> tokens = sentences.get(s);
        CharSequence[] w = new CharSequence[tokens.size()];
        for (int i = 0; i < w.length; i++) {
          w[i] = tokens.get(i).text();
        }
        words.add(w);
        labels[s] = new int[w.length];
      }
      float[][] emissions = new float[sentences.size()][];
      labelDocument(words, labels, emissions);
      for (int s = 0; s < sentences.size(); s++) {
        if (!sentences.get(s).isEmpty()) {
          MentionSpans.collect(sentences.get(s), labels[s], emissions[s], model.clusters(), out);
        }
      }
    }
  }
}
