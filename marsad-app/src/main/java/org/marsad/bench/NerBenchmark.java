package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.marsad.model.EntityType;
import org.marsad.ner.Labels;
import org.marsad.ner.PerceptronEntityTagger;
import org.marsad.ner.eval.ConllCorpus;
import org.marsad.ner.eval.ConllReader;
import org.marsad.ner.eval.ConllSentence;
import org.marsad.ner.eval.Counts;
import org.marsad.ner.eval.NerScorer;

/**
 * {@code marsad bench ner}: trains Apache OpenNLP's {@code NameFinderME} (perceptron, its default
 * feature generator and BIO codec, 100 iterations, cutoff 5) on the same training split as our
 * tagger, and reports both systems' entity-level F1 per type and tagging speed on the test split
 * in one run. Speed is single-threaded tokens per second over the whole test split in the median
 * timed pass, after warm-up passes, models loaded, excluding file reading; timed passes alternate
 * between the systems so that both see the same load on a shared machine. Our tagger keeps a per-worker cache of word
 * analyses, so it is also timed with an empty cache on every pass (a third row), as on text
 * whose words it has never seen.
 */
public final class NerBenchmark {
  private final int warmups;
  private final int passes;

  /**
   * @param warmups untimed passes over the test split per system (JIT warm-up)
   * @param passes timed passes; the speed is that of their median
   */
  public NerBenchmark(int warmups, int passes) {
    if (warmups < 0 || passes < 1) {
      throw new IllegalArgumentException("warmups must be >= 0 and passes >= 1");
    }
    this.warmups = warmups;
    this.passes = passes;
  }

  /** One system's figures. */
  public record SystemResult(String name, Counts micro, Map<EntityType, Counts> types,
      double tokensPerSecond, double trainSeconds) {
    public SystemResult {
      types = new EnumMap<>(types);
    }
  }

  /**
   * Trains OpenNLP on {@code train}, tags {@code test} with it and with {@code ours}.
   *
   * @throws org.marsad.ner.eval.ConllFormatException on malformed CoNLL files
   */
  public BenchReport run(Path train, Path test, PerceptronEntityTagger ours) throws IOException {
    ConllReader reader = new ConllReader(false);
    ConllCorpus trainCorpus = reader.read(train);
    ConllCorpus testCorpus = reader.read(test);
    List<String[]> sentences = new ArrayList<>();
    for (ConllSentence s : testCorpus.sentences()) {
      sentences.add(s.words().toArray(new String[0]));
    }
    long t0 = System.nanoTime();
    NameFinderME finder = new NameFinderME(trainOpenNlp(trainCorpus));
    double openNlpTrainSeconds = (System.nanoTime() - t0) / 1e9;

    int[][] warm = new int[sentences.size()][];
    int[][] cold = new int[sentences.size()][];
    int[][] openNlp = new int[sentences.size()][];
    for (int i = 0; i < warm.length; i++) {
      warm[i] = new int[sentences.get(i).length];
      cold[i] = new int[sentences.get(i).length];
    }
    PerceptronEntityTagger.Session session = ours.session();
    double[][] seconds = new double[3][passes];
    // Passes alternate between the systems so that both see the same machine load.
    for (int pass = 0; pass < warmups + passes; pass++) {
      double a = timeOurs(session, sentences, warm);
      double b = timeOpenNlp(finder, sentences, openNlp);
      double c = timeOurs(ours.session(), sentences, cold);
      if (pass >= warmups) {
        seconds[0][pass - warmups] = a;
        seconds[1][pass - warmups] = b;
        seconds[2][pass - warmups] = c;
      }
    }
    double tokens = testCorpus.tokens();
    return new BenchReport(train.toString(), test.toString(), testCorpus.tokens(), List.of(
        result("Marsad perceptron", testCorpus, warm, tokens / median(seconds[0]), 0),
        result("OpenNLP NameFinderME", testCorpus, openNlp, tokens / median(seconds[1]),
            openNlpTrainSeconds),
        result("Marsad, cold word cache", testCorpus, cold, tokens / median(seconds[2]), 0)));
  }

  /**
   * The median pass time: one pass slowed by a collection, a recompilation or another process on
   * the shared machine moves a mean far more than a median.
   */
  static double median(double[] times) {
    double[] t = times.clone();
    Arrays.sort(t);
    int n = t.length;
    return n % 2 == 1 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
  }

  private static double timeOurs(PerceptronEntityTagger.Session session, List<String[]> sentences,
      int[][] predicted) {
    long t0 = System.nanoTime();
    // One document, as OpenNLP's adaptive data (cleared once per pass) also spans the file.
    session.labelDocument(sentences, predicted, null);
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double timeOpenNlp(NameFinderME finder, List<String[]> sentences,
      int[][] predicted) {
    long t0 = System.nanoTime();
    for (int i = 0; i < predicted.length; i++) {
      predicted[i] = labels(finder.find(sentences.get(i)), sentences.get(i).length);
    }
    finder.clearAdaptiveData();
    return (System.nanoTime() - t0) / 1e9;
  }

  private static TokenNameFinderModel trainOpenNlp(ConllCorpus train) throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (ConllSentence s : train.sentences()) {
      samples.add(new NameSample(s.words().toArray(new String[0]), spans(s.labels()), false));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    params.put(TrainingParameters.THREADS_PARAM, 1);
    return NameFinderME.train("ara", null, new CollectionObjectStream<>(samples), params,
        new TokenNameFinderFactory());
  }

  private static SystemResult result(String name, ConllCorpus test, int[][] predicted,
      double tokensPerSecond, double trainSeconds) {
    NerScorer scorer = new NerScorer();
    for (int i = 0; i < predicted.length; i++) {
      int[] gold = test.sentences().get(i).labels();
      scorer.add(gold, predicted[i], gold.length);
    }
    return new SystemResult(name, scorer.micro(), scorer.byType(), tokensPerSecond, trainSeconds);
  }

  /** BIO labels to OpenNLP spans typed PERS, LOC, ORG or MISC. */
  static Span[] spans(int[] labels) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < labels.length) {
      if (labels[i] == Labels.O) {
        i++;
        continue;
      }
      EntityType t = Labels.type(labels[i]);
      int j = i + 1;
      while (j < labels.length && Labels.isInside(labels[j]) && Labels.type(labels[j]) == t) {
        j++;
      }
      out.add(new Span(i, j, Labels.typeName(t)));
      i = j;
    }
    return out.toArray(new Span[0]);
  }

  /** OpenNLP spans back to BIO labels; spans of unknown types are dropped. */
  static int[] labels(Span[] spans, int n) {
    int[] labels = new int[n];
    for (Span s : spans) {
      EntityType t = Labels.parseType(s.getType());
      if (t == null) {
        continue;
      }
      labels[s.getStart()] = Labels.begin(t);
      for (int k = s.getStart() + 1; k < s.getEnd(); k++) {
        labels[k] = Labels.inside(t);
      }
    }
    return labels;
  }
}
