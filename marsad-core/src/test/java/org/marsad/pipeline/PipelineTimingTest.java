package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;

class PipelineTimingTest {
  /** A stage that computes for 30 ms of CPU time, or sleeps 30 ms (wall time only). */
  private static Stage stage(String name, boolean compute) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String provides() {
        return name;
      }

      @Override
      public Document apply(Document doc) {
        if (compute) { // until this thread has used 30 ms of CPU, however busy the machine
          java.lang.management.ThreadMXBean mx =
              java.lang.management.ManagementFactory.getThreadMXBean();
          long x = 0;
          for (long end = mx.getCurrentThreadCpuTime() + 30_000_000L;
              mx.getCurrentThreadCpuTime() < end; ) {
            x += doc.text().hashCode();
          }
          return x == 42 ? doc.withLang("x") : doc;
        }
        try {
          Thread.sleep(30);
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
        }
        return doc;
      }
    };
  }

  @Test
  void runTimedSplitsWallAndCpuTimeByStage() {
    Pipeline p = new Pipeline(List.of(stage("busy", true), stage("sleepy", false)));
    long[] wall = new long[2];
    long[] cpu = new long[2];
    p.runTimed(Document.of(new DocumentMeta("t", null, null, null, null), "نص"), wall, cpu);
    assertTrue(wall[0] >= 30_000_000L && wall[1] >= 30_000_000L, "both stages take 30 ms of wall time");
    assertTrue(cpu[0] >= 30_000_000L, "the computing stage's CPU time: " + cpu[0]);
    assertTrue(cpu[1] < 15_000_000L, "sleeping uses next to no CPU: " + cpu[1]);
  }

  @Test
  void timingArraysNeedASlotPerStage() {
    Pipeline p = new Pipeline(List.of(stage("a", false), stage("b", false)));
    Document d = Document.of(new DocumentMeta("t", null, null, null, null), "نص");
    assertThrows(IllegalArgumentException.class, () -> p.runTimed(d, new long[2], new long[1]));
    assertEquals(2, p.names().size());
  }
}
