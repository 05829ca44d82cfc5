package org.marsad.ner.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.ner.FeatureExtractor;
import org.marsad.ner.LabelPrior;
import org.marsad.ner.LabelScheme;
import org.marsad.ner.TokenizerSplitter;
import org.marsad.ner.eval.ConllCorpus;
import org.marsad.ner.eval.ConllReader;
import org.marsad.ner.eval.ConllSentence;

/**
 * A single-thread probe of what a {@link NeuralCrf} network costs at tagging time against the
 * averaged perceptron: both learn the first stage (shipped clusters and lexicon, no prior) on the
 * first 80% of a training split, then each decodes the last 20% (emission scores and Viterbi over
 * the precomputed features, in alternating timed rounds after a warm-up), and the probe prints
 * tokens per second for each, their ratio and each one's micro F1 on that 20%. Feature extraction
 * is the same for both and not timed, and neither uses the tagger's per-word cache of role sums,
 * so the ratio is an upper bound of the scoring cost a network adds, not a tagger's throughput.
 *
 * <p>{@code CrfSpeedProbe --train FILE [--epochs E] [--perceptron-epochs E] [--rounds N]
 * [--learner options of CvExperiment]}
 */
public final class CrfSpeedProbe {
  private CrfSpeedProbe() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i], args[i + 1]);
    }
    int bits = Integer.parseInt(a.getOrDefault("--bits", "22"));
    int epochs = Integer.parseInt(a.getOrDefault("--epochs", "9"));
    int perceptronEpochs = Integer.parseInt(a.getOrDefault("--perceptron-epochs", "12"));
    int rounds = Integer.parseInt(a.getOrDefault("--rounds", "5"));
    long seed = Long.parseLong(a.getOrDefault("--seed", "42"));
    ConllCorpus corpus = new ConllReader(false).read(Path.of(a.get("--train")));
    FeatureExtractor fx = new FeatureExtractor(bits, NerTrainer.shippedClusters(),
        new NerTrainer(NerTrainer.Config.DEFAULT).shippedLexicon(), LabelPrior.EMPTY_PRIOR,
        TokenizerSplitter.INSTANCE, false);
    List<Instance> data = NerTrainer.featurize(corpus.sentences(), fx);
    int cut = data.size() * 4 / 5;
    List<Instance> train = data.subList(0, cut);
    List<Instance> held = data.subList(cut, data.size());
    List<ConllSentence> heldGold = corpus.sentences().subList(cut, data.size());
    long tokens = held.stream().mapToLong(Instance::size).sum();
    float[][] p = new SequencePerceptron(bits, LabelScheme.BIO, 0, 0)
        .train(train, perceptronEpochs, seed, null);
    long t0 = System.nanoTime();
    CrfNetwork m = new NeuralCrf(CvExperiment.crfConfig(a, bits), LabelScheme.BIO)
        .train(train, epochs, seed, null);
    System.out.printf(Locale.ROOT, "network trained on %d sentences, %d epochs, in %.1f s%n",
        train.size(), epochs, (System.nanoTime() - t0) / 1e9);
    SequencePerceptron.Decoder d = new SequencePerceptron.Decoder(LabelScheme.BIO);
    int[][] outP = new int[held.size()][];
    int[][] outN = new int[held.size()][];
    long nsP = 0;
    long nsN = 0;
    for (int r = 0; r <= rounds; r++) {
      long tp = decode(held, d, null, p[0], p[1], outP);
      long tn = decode(held, d, m, null, m.t, outN);
      if (r > 0) { // round 0 warms up the JIT
        nsP += tp;
        nsN += tn;
      }
    }
    double speedP = tokens * (double) rounds / (nsP / 1e9);
    double speedN = tokens * (double) rounds / (nsN / 1e9);
    System.out.printf(Locale.ROOT,
        "held-out %d sentences, %d tokens, %d rounds%n"
            + "perceptron: %.0f tokens/s, micro F1 %.4f%nnetwork:    %.0f tokens/s, micro F1 %.4f%n"
            + "network / perceptron speed: %.3f%n",
        held.size(), tokens, rounds, speedP, CvExperiment.score(heldGold, outP).micro().f1(),
        speedN, CvExperiment.score(heldGold, outN).micro().f1(), speedN / speedP);
  }

  /** Decodes {@code held} with the network {@code m}, or the perceptron weights {@code w}. */
  private static long decode(List<Instance> held, SequencePerceptron.Decoder d, CrfNetwork m,
      float[] w, float[] t, int[][] out) {
    int maxN = held.stream().mapToInt(Instance::size).max().orElse(0);
    float[] pre = m == null ? null : new float[maxN * m.hidden];
    long start = System.nanoTime();
    for (int k = 0; k < held.size(); k++) {
      Instance x = held.get(k);
      int n = x.size();
      if (m != null) {
        m.emissions(x.features(), x.start(), n, d.buffer(n), pre, null, null);
      } else {
        d.emissions(w, x.features(), x.start(), n);
      }
      int[] y = new int[n];
      d.decode(t, n, y);
      out[k] = y;
    }
    return System.nanoTime() - start;
  }
}
