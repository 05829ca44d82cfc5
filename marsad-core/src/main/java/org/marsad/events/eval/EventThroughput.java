package org.marsad.events.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.marsad.events.EventCoder;
import org.marsad.input.NewsCorpus;
import org.marsad.model.Document;

/**
 * Measures event coding alone on one thread, after the earlier stages: {@code EventThroughput DIR
 * [N]} reads the first N (default 1000) article bodies of the SaudiNewsNet zips in DIR, analyzes
 * them up to entities and times with {@link EvalPipeline}'s stages, then times
 * {@link EventCoder#code} over them (warm-up rounds first) and prints sentences/s and tokens/s.
 */
public final class EventThroughput {
  private EventThroughput() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/corpus/saudinewsnet");
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    List<String> texts = articles(dir, limit);
    EvalPipeline pipe = new EvalPipeline();
    LocalDate date = LocalDate.of(2015, 8, 1);
    long t0 = System.nanoTime();
    List<Document> docs = new ArrayList<>();
    long tokens = 0;
    long sentences = 0;
    for (String t : texts) {
      Document d = pipe.before(t, date);
      docs.add(d);
      tokens += d.tokens().size();
      sentences += d.sentences().size();
    }
    double prep = (System.nanoTime() - t0) / 1e9;
    EventCoder coder = EventCoder.shared();
    long events = 0;
    for (int round = 0; round < 3; round++) {
      for (Document d : docs) {
        events += coder.code(d).size();
      }
    }
    int rounds = 5;
    events = 0;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long c1 = mx.getCurrentThreadCpuTime();
    long t1 = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (Document d : docs) {
        events += coder.code(d).size();
      }
    }
    double secs = (System.nanoTime() - t1) / 1e9 / rounds;
    double cpu = (mx.getCurrentThreadCpuTime() - c1) / 1e9 / rounds;
    System.out.printf(Locale.ROOT, "articles %d, sentences %d, tokens %d, events %d%n",
        docs.size(), sentences, tokens, events / rounds);
    System.out.printf(Locale.ROOT, "event coding (one thread): %.0f sentences/s, %.0f tokens/s"
        + " (%.3f s per pass, wall clock)%n", sentences / secs, tokens / secs, secs);
    System.out.printf(Locale.ROOT, "event coding (thread CPU time, robust on a loaded machine):"
        + " %.0f sentences/s, %.0f tokens/s%n", sentences / cpu, tokens / cpu);
    System.out.printf(Locale.ROOT, "stages before events (first pass, cold): %.0f tokens/s%n",
        tokens / prep);
  }

  static List<String> articles(Path dir, int limit) throws IOException {
    return NewsCorpus.read(dir, limit);
  }
}
