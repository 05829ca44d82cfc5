package org.marsad.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.model.Document;

/**
 * Runs stages in order. Checks at construction that every stage's inputs are provided by an
 * earlier stage, and names what is missing. Thread-safe if its stages are.
 */
public final class Pipeline {
  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    Set<String> provided = new HashSet<>();
    for (Stage s : this.stages) {
      for (String need : s.requires()) {
        if (!provided.contains(need)) {
          throw new IllegalArgumentException("stage '" + s.name() + "' needs '" + need
              + "', which no earlier stage provides (stages: " + names() + ")");
        }
      }
      provided.add(s.provides());
    }
  }

  public Document run(Document doc) {
    Document d = doc;
    for (Stage s : stages) {
      d = s.apply(d);
    }
    return d;
  }

  /**
   * Runs the stages and adds each stage's wall time in nanoseconds to {@code nanos[i]} (for
   * benchmarks that report per-stage shares).
   */
  public Document runTimed(Document doc, long[] nanos) {
    return runTimed(doc, nanos, null);
  }

  /**
   * As {@link #runTimed(Document, long[])}, also adding each stage's CPU time of the calling thread
   * to {@code cpuNanos[i]} when it is not null: on a machine shared with other work, CPU time
   * shares are steadier than wall-time ones.
   */
  public Document runTimed(Document doc, long[] nanos, long[] cpuNanos) {
    if (nanos.length < stages.size() || cpuNanos != null && cpuNanos.length < stages.size()) {
      throw new IllegalArgumentException("nanos must have one slot per stage (" + stages.size() + ")");
    }
    java.lang.management.ThreadMXBean mx = cpuNanos == null ? null
        : java.lang.management.ManagementFactory.getThreadMXBean();
    Document d = doc;
    for (int i = 0; i < stages.size(); i++) {
      long c0 = mx == null ? 0 : mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      d = stages.get(i).apply(d);
      nanos[i] += System.nanoTime() - t0;
      if (mx != null) {
        cpuNanos[i] += mx.getCurrentThreadCpuTime() - c0;
      }
    }
    return d;
  }

  public List<String> names() {
    return stages.stream().map(Stage::name).toList();
  }
}
