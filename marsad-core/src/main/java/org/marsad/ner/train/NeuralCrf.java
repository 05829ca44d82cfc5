package org.marsad.ner.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.marsad.ner.LabelScheme;

/**
 * Trains a {@link CrfNetwork} on the sentence-level CRF log-likelihood ({@link CrfLoss}), one
 * sentence per step, in a shuffled order each epoch, by Adagrad (or plain SGD for the linear
 * part): a linear CRF ({@code hidden = 0}), a hidden layer over feature embeddings alone ({@code
 * linear = false}), or both. Options: inverted dropout on the hidden layer, dropout of input
 * features (each left out of a training sentence with a probability, drawn again each time), and
 * averaging of the parameters over all steps (the averaged perceptron's lazy sums, which hold for
 * any additive update). Embeddings start uniform in {@code [-initScale, initScale]}, output
 * weights uniform in {@code [-1/sqrt(H), 1/sqrt(H)]}, everything else at 0. The sparse parameters
 * (a word's linear weights and embedding rows) take one step per word they fire at. Deterministic
 * for a seed. Learns from labelled sentences only (instance weight 1). Experiment code for the question "does a hidden layer help?" ({@link CvExperiment}
 * {@code --learner crf}, {@link CrfSpeedProbe}); the shipped tagger stays the perceptron.
 */
final class NeuralCrf {
  private static final float EPS = 1e-6f;

  /** Learner options; {@code hidden = 0} is a linear CRF. */
  record Config(int bits, boolean linear, int embedBits, int hidden,
      CrfNetwork.Activation activation, float rate, float dropout, float initScale,
      boolean average, float featureDropout, boolean adagrad, float hiddenRate) {
    /** Adagrad, without feature dropout. */
    Config(int bits, boolean linear, int embedBits, int hidden, CrfNetwork.Activation activation,
        float rate, float dropout, float initScale, boolean average) {
      this(bits, linear, embedBits, hidden, activation, rate, dropout, initScale, average, 0f,
          true, rate);
    }
  }

  /** Receives the model (averaged if so configured) after each epoch. */
  interface EpochListener {
    void epoch(int epoch, CrfNetwork model);
  }

  private final Config cfg;
  private final LabelScheme scheme;
  private final int l;
  private final CrfLoss loss;
  private float[] em = new float[0];
  private float[] ds = new float[0];
  private float[] pre = new float[0];
  private float[] act = new float[0];
  private float[] mask = new float[0];
  private float[] da = new float[0];

  NeuralCrf(Config cfg, LabelScheme scheme) {
    this.cfg = cfg;
    this.scheme = scheme;
    this.l = scheme.count();
    this.loss = new CrfLoss(scheme);
  }

  /** A network of this configuration's shape with initial weights drawn from {@code random}. */
  CrfNetwork initial(Random random) {
    CrfNetwork m = new CrfNetwork(l, cfg.bits(), cfg.linear(), cfg.embedBits(), cfg.hidden(),
        cfg.activation());
    if (m.e != null) {
      for (int i = 0; i < m.e.length; i++) {
        m.e[i] = (2 * random.nextFloat() - 1) * cfg.initScale();
      }
      float s = (float) (1 / Math.sqrt(cfg.hidden()));
      for (int i = 0; i < m.v.length; i++) {
        m.v[i] = (2 * random.nextFloat() - 1) * s;
      }
    }
    return m;
  }

  /** Trains for {@code epochs} passes; returns the final (averaged if configured) model. */
  CrfNetwork train(List<Instance> data, int epochs, long seed, EpochListener listener) {
    Random random = new Random(seed);
    CrfNetwork m = initial(random);
    Optimizer opt = new Optimizer(m, cfg.rate(), cfg.hiddenRate(), cfg.average(), cfg.adagrad());
    float[] dv = new float[m.v.length];
    float[] db = new float[m.b.length];
    float[] dc = new float[l];
    float[] dt = new float[m.t.length];
    List<Instance> order = new ArrayList<>();
    for (Instance x : data) {
      if (x.weight() != 1f) {
        throw new IllegalArgumentException("NeuralCrf learns from labelled sentences (weight 1)"
            + " only, got weight " + x.weight());
      }
      if (loss.valid(x.gold(), x.size())) {
        order.add(x);
      }
    }
    CrfNetwork out = m;
    for (int ep = 1; ep <= epochs; ep++) {
      Collections.shuffle(order, random);
      for (Instance sentence : order) {
        Instance x = cfg.featureDropout() > 0 ? dropFeatures(sentence, random) : sentence;
        java.util.Arrays.fill(dv, 0);
        java.util.Arrays.fill(db, 0);
        java.util.Arrays.fill(dc, 0);
        java.util.Arrays.fill(dt, 0);
        sentenceGradient(m, x, random, dv, db, dc, dt);
        step(m, opt, x, dv, db, dc, dt);
        opt.tick();
      }
      if (listener != null || ep == epochs) {
        out = cfg.average() ? opt.averaged() : m;
        if (listener != null) {
          listener.epoch(ep, out);
        }
      }
    }
    return out;
  }

  /** {@code x} with each feature left out with probability {@code featureDropout}. */
  private Instance dropFeatures(Instance x, Random random) {
    int[] f = x.features();
    int[] start = x.start();
    int[] kept = new int[f.length];
    int[] from = new int[start.length];
    int k = 0;
    float p = cfg.featureDropout();
    for (int i = 0; i < x.size(); i++) {
      from[i] = k;
      for (int j = start[i]; j < start[i + 1]; j++) {
        if (random.nextFloat() >= p) {
          kept[k++] = f[j];
        }
      }
    }
    from[x.size()] = k;
    return new Instance(kept, from, x.gold(), x.weight());
  }

  /**
   * The loss of {@code x} under {@code m}; fills {@link #ds} and {@link #da} (the gradients at the
   * emissions and the pre-activations) and adds the dense gradients to {@code dv}, {@code db},
   * {@code dc}, {@code dt}. Dropout masks come from {@code random} (null: no dropout).
   */
  private double sentenceGradient(CrfNetwork m, Instance x, Random random, float[] dv,
      float[] db, float[] dc, float[] dt) {
    int n = x.size();
    int h = cfg.hidden();
    ensure(n);
    float[] mk = null;
    if (h > 0 && random != null && cfg.dropout() > 0) {
      mk = mask;
      float keep = 1 - cfg.dropout();
      for (int i = 0; i < n * h; i++) {
        mk[i] = random.nextFloat() < keep ? 1 / keep : 0;
      }
    }
    m.emissions(x.features(), x.start(), n, em, pre, act, mk);
    double value = loss.lossAndGradient(em, m.t, x.gold(), n, ds, dt);
    if (h > 0) {
      m.backward(ds, n, pre, act, mk, dv, dc, da);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < h; j++) {
          db[j] += da[i * h + j];
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        for (int y = 0; y < l; y++) {
          dc[y] += ds[i * l + y];
        }
      }
    }
    return value;
  }

  private void step(CrfNetwork m, Optimizer opt, Instance x, float[] dv, float[] db, float[] dc,
      float[] dt) {
    int[] feats = x.features();
    int[] start = x.start();
    int h = cfg.hidden();
    for (int i = 0; i < x.size(); i++) {
      for (int k = start[i]; k < start[i + 1]; k++) {
        if (m.w != null) {
          opt.update(0, feats[k] * l, ds, i * l, l);
        }
        if (h > 0) {
          opt.update(1, m.row(feats[k]) * h, da, i * h, h);
        }
      }
    }
    opt.update(2, 0, db, 0, db.length);
    opt.update(3, 0, dv, 0, dv.length);
    opt.update(4, 0, dc, 0, dc.length);
    opt.update(5, 0, dt, 0, dt.length);
  }

  /**
   * The loss of {@code x} under {@code m} (no dropout) and its full gradient as a network of the
   * same shape: for tests (gradient check) on small networks.
   */
  double gradient(CrfNetwork m, Instance x, CrfNetwork g) {
    int n = x.size();
    int h = cfg.hidden();
    double value = sentenceGradient(m, x, null, g.v, g.b, g.c, g.t);
    for (int i = 0; i < n; i++) {
      for (int k = x.start()[i]; k < x.start()[i + 1]; k++) {
        int f = x.features()[k];
        for (int y = 0; g.w != null && y < l; y++) {
          g.w[f * l + y] += ds[i * l + y];
        }
        for (int j = 0; j < h; j++) {
          g.e[m.row(f) * h + j] += da[i * h + j];
        }
      }
    }
    return value;
  }

  /** The loss of {@code x} under {@code m}, without dropout. */
  double loss(CrfNetwork m, Instance x) {
    return gradient(m, x, m.zeros());
  }

  private void ensure(int n) {
    int h = cfg.hidden();
    if (ds.length < n * l) {
      em = new float[2 * n * l];
      ds = new float[2 * n * l];
    }
    if (pre.length < n * h) {
      pre = new float[2 * n * h];
      act = new float[2 * n * h];
      mask = new float[2 * n * h];
      da = new float[2 * n * h];
    }
  }

  /**
   * Adagrad (or, if not {@code adaptive}, plain SGD at a constant rate for the linear part, {@code
   * w}, {@code c} and {@code t}) over a network's arrays,
   * with the lazy sums for averaging over steps.
   */
  private static final class Optimizer {
    private final CrfNetwork m;
    private final float[][] params;
    private final float[][] sq;
    private final float[][] sums;
    /** The step size of each array. */
    private final float[] rates;
    /** Whether each array takes Adagrad steps (else plain SGD). */
    private final boolean[] adaptive;
    private long c = 1;

    Optimizer(CrfNetwork m, float rate, float hiddenRate, boolean average, boolean adaptive) {
      this.rates = new float[] {rate, hiddenRate, hiddenRate, hiddenRate, rate, rate};
      // SGD, when asked for, applies to the linear CRF (w, c, t); the hidden layer's summed
      // embeddings need Adagrad's per-coordinate rates (plain SGD at 0.1 diverges there).
      this.adaptive = new boolean[] {adaptive, true, true, true, adaptive, adaptive};
      this.m = m;
      this.params = m.arrays();
      sq = new float[params.length][];
      sums = new float[params.length][];
      for (int a = 0; a < params.length; a++) {
        if (params[a] != null) {
          sq[a] = new float[params[a].length];
          sums[a] = average ? new float[params[a].length] : null;
        }
      }
    }

    /** Descends array {@code a} at {@code [at, at + len)} along {@code g[from, from + len)}. */
    void update(int a, int at, float[] g, int from, int len) {
      float[] p = params[a];
      float[] s = sq[a];
      float[] u = sums[a];
      float rate = rates[a];
      for (int j = 0; j < len; j++) {
        float gj = g[from + j];
        if (gj == 0) {
          continue;
        }
        float d;
        if (adaptive[a]) {
          s[at + j] += gj * gj;
          d = -rate * gj / ((float) Math.sqrt(s[at + j]) + EPS);
        } else {
          d = -rate * gj;
        }
        p[at + j] += d;
        if (u != null) {
          u[at + j] += c * d;
        }
      }
    }

    void tick() {
      c++;
    }

    CrfNetwork averaged() {
      CrfNetwork out = m.zeros();
      float[][] o = out.arrays();
      for (int a = 0; a < params.length; a++) {
        if (params[a] == null) {
          continue;
        }
        for (int i = 0; i < params[a].length; i++) {
          o[a][i] = params[a][i] - sums[a][i] / c;
        }
      }
      return out;
    }
  }
}
