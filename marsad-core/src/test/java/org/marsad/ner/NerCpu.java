package org.marsad.ner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.ner.eval.ConllReader;
import org.marsad.ner.eval.ConllSentence;

/**
 * Tagging speed of two NER models side by side in one JVM, in CPU time of the tagging thread, so
 * that other processes on a shared machine barely move the figures: loads both models (printing
 * each load's CPU time), then tags a CoNLL file as one document with each in turn, {@code 5}
 * warm-up rounds and {@code ROUNDS} timed ones, with a warm word cache (one session per model)
 * and with a cold one (a new session per pass). Prints tokens per CPU-second and the ratios.
 *
 * <pre>java -cp marsad-core/target/test-classes:marsad-core/target/classes:DEPS org.marsad.ner.NerCpu GOLD MODEL_A MODEL_B [ROUNDS=30]</pre>
 */
public final class NerCpu {
  private NerCpu() {}

  public static void main(String[] args) {
    List<CharSequence[]> sentences = new ArrayList<>();
    int tokens = 0;
    for (ConllSentence s : new ConllReader(false).read(Path.of(args[0])).sentences()) {
      sentences.add(s.words().toArray(new CharSequence[0]));
      tokens += s.size();
    }
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    PerceptronEntityTagger[] models = new PerceptronEntityTagger[2];
    for (int k = 0; k < 2; k++) {
      long t0 = mx.getCurrentThreadCpuTime();
      models[k] = PerceptronEntityTagger.load(Path.of(args[1 + k]));
      System.out.printf(Locale.ROOT, "load %s: %.3f s CPU%n", args[1 + k],
          (mx.getCurrentThreadCpuTime() - t0) / 1e9);
    }
    int[][] out = new int[sentences.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new int[sentences.get(i).length];
    }
    PerceptronEntityTagger.Session[] warm = {models[0].session(), models[1].session()};
    long[] warmCpu = new long[2];
    long[] coldCpu = new long[2];
    for (int r = -5; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        long t0 = mx.getCurrentThreadCpuTime();
        warm[k].labelDocument(sentences, out, null);
        long t1 = mx.getCurrentThreadCpuTime();
        models[k].session().labelDocument(sentences, out, null);
        long t2 = mx.getCurrentThreadCpuTime();
        if (r >= 0) {
          warmCpu[k] += t1 - t0;
          coldCpu[k] += t2 - t1;
        }
      }
    }
    for (int k = 0; k < 2; k++) {
      System.out.printf(Locale.ROOT, "%s: warm %,.0f, cold %,.0f tokens per CPU-second%n",
          args[1 + k], tokens * (double) rounds / (warmCpu[k] / 1e9),
          tokens * (double) rounds / (coldCpu[k] / 1e9));
    }
    System.out.printf(Locale.ROOT, "speed of A over B: warm %.3f, cold %.3f%n",
        (double) warmCpu[1] / warmCpu[0], (double) coldCpu[1] / coldCpu[0]);
  }
}
