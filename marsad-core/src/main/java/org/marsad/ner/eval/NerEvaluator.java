package org.marsad.ner.eval;

import java.nio.file.Path;
import org.marsad.ner.PerceptronEntityTagger;

/**
 * {@code marsad eval ner}: tags the words of a gold CoNLL file, its sentences in order as one
 * document, and scores the result at entity level. Stateless; thread-safe when its tagger is.
 */
public final class NerEvaluator {
  private final PerceptronEntityTagger tagger;
  private final boolean strict;

  /** @param strict reject mismatched BIO in the gold file instead of repairing it */
  public NerEvaluator(PerceptronEntityTagger tagger, boolean strict) {
    this.tagger = tagger;
    this.strict = strict;
  }

  /** An evaluator of the shipped model, lenient on gold BIO. */
  public static NerEvaluator ofShipped() {
    return new NerEvaluator(PerceptronEntityTagger.shared(), false);
  }

  /**
   * @throws ConllFormatException naming the file and line on a malformed gold file
   */
  public NerReport evaluate(Path gold) {
    ConllCorpus corpus = new ConllReader(strict).read(gold);
    return evaluate(corpus, gold.toString());
  }

  /** Scores {@code corpus}; {@code name} labels the report. */
  public NerReport evaluate(ConllCorpus corpus, String name) {
    NerScorer scorer = new NerScorer();
    PerceptronEntityTagger.Session session = tagger.session();
    int[][] gold = new int[corpus.sentences().size()][];
    int[][] pred = new int[gold.length][];
    java.util.List<CharSequence[]> sentences = new java.util.ArrayList<>(gold.length);
    for (int s = 0; s < gold.length; s++) {
      ConllSentence sentence = corpus.sentences().get(s);
      sentences.add(sentence.words().toArray(new CharSequence[0]));
      gold[s] = sentence.labels();
      pred[s] = new int[sentence.size()];
    }
    // The file is one stream of sentences (ANERcorp has no document markers): the tagger's
    // document-level stage sees the sentences around each one, as in training.
    long t0 = System.nanoTime();
    session.labelDocument(sentences, pred, null);
    double seconds = (System.nanoTime() - t0) / 1e9;
    for (int s = 0; s < gold.length; s++) {
      scorer.add(gold[s], pred[s], gold[s].length);
    }
    return new NerReport(name, scorer.micro(), scorer.byType(), gold.length, corpus.tokens(),
        corpus.repairs(), seconds);
  }

  /** {@code NerEvaluator --gold FILE [--model FILE] [--json] [--strict]}: the recipe's entry point. */
  static void run(String[] args) {
    Path gold = null;
    Path model = null;
    boolean json = false;
    boolean strict = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--gold" -> gold = Path.of(args[++i]);
        case "--model" -> model = Path.of(args[++i]);
        case "--json" -> json = true;
        case "--strict" -> strict = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    PerceptronEntityTagger t =
        model == null ? PerceptronEntityTagger.shared() : PerceptronEntityTagger.load(model);
    NerReport r = new NerEvaluator(t, strict).evaluate(gold);
    System.out.println(json ? r.toJson() : r.format());
  }

  /** Runs {@link #run}; bad input or a bad model prints one line and exits with status 2. */
  public static void main(String[] args) {
    try {
      run(args);
    } catch (RuntimeException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    }
  }
}
