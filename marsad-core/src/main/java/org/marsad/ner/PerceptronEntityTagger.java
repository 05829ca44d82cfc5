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
 * hashed features ({@link FeatureExtractor}) and constrained first-order Viterbi decoding.
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
    if (doc.sentences().isEmpty()) {
      session.tagTokens(doc.tokens(), out);
      return out;
    }
    for (Sentence s : doc.sentences()) {
      session.tagTokens(doc.tokensOf(s), out);
    }
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
    private CharSequence[] words = new CharSequence[64];
    private int[] labels = new int[64];

    private Session() {}

    /**
     * Labels {@code words[0, n)} of one sentence into {@code out} (see {@link Labels}).
     */
    public void label(CharSequence[] words, int n, int[] out) {
      FeatureExtractor extractor = model.extractor();
      extractor.extractContext(words, n, scratch);
      viterbi.emissionsByRole(model.compact(), extractor, scratch);
      viterbi.decode(model.transitions(), n, out);
    }

    /** The emission scores of the last {@link #label} call, {@code [i * L + label]}. */
    float[] emission() {
      return viterbi.emission();
    }

    void tagTokens(List<Token> tokens, List<EntityMention> out) {
      int n = tokens.size();
      if (n == 0) {
        return;
      }
      if (words.length < n) {
        words = new CharSequence[Math.max(n, words.length * 2)];
        labels = new int[words.length];
      }
      for (int i = 0; i < n; i++) {
        words[i] = tokens.get(i).text();
      }
      label(words, n, labels);
      MentionSpans.collect(tokens, labels, emission(), model.clusters(), out);
    }
  }
}
