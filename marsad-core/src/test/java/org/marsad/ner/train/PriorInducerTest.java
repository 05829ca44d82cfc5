package org.marsad.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.EntityType;
import org.marsad.ner.LabelPrior;

class PriorInducerTest {
  private static final int PER = EntityType.PER.ordinal();
  /** Five levels from a minimum of 3 occurrences, nothing else packed. */
  private static final PriorInducer.Recipe PLAIN =
      new PriorInducer.Recipe(3, 0, false, false, false);

  @TempDir
  Path dir;

  private ClusterLearner.Corpus corpus(String json) throws IOException {
    Path news = Files.createDirectories(dir.resolve("news"));
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(news.resolve("a.zip")))) {
      z.putNextEntry(new ZipEntry("a.json"));
      z.write(json.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return ClusterLearner.readCorpus(news);
  }

  @Test
  void theCorpusKnowsWhereEachArticleStarts() throws IOException {
    ClusterLearner.Corpus c = corpus("[{\"title\": \"عنوان أول\", \"content\": \"قال زيد .\"},"
        + " {\"title\": \"عنوان ثان\", \"content\": \"وصل عمرو .\"}]");
    assertEquals(2, c.articles);
    assertEquals(0, c.articleStarts[0]);
    // عنوان أول | قال زيد . | (each text ends with a sentence break)
    int second = c.articleStarts[1];
    assertEquals("عنوان", c.words.get(c.stream[second]));
    assertEquals(-1, c.stream[second - 1], "the first article's last sentence break comes before");
  }

  /** A tally over {@code c}'s words: word → {occurrences, person tags} for each teacher. */
  private static PriorInducer.Tally tally(ClusterLearner.Corpus c, int teachers,
      Map<String, int[][]> counts) {
    PriorInducer.Tally t = new PriorInducer.Tally(c.size());
    t.teachers = teachers;
    for (Map.Entry<String, int[][]> e : counts.entrySet()) {
      int id = c.ids.get(e.getKey());
      for (int[] teacher : e.getValue()) {
        t.total[id] += teacher[0];
        t.tagged[PER][id] += teacher[1];
      }
    }
    return t;
  }

  private static int packed(LabelPrior p, String word) {
    for (Map.Entry<String, Integer> e : p.sortedEntries()) {
      if (e.getKey().equals(word)) {
        return e.getValue();
      }
    }
    return 0;
  }

  @Test
  void severalTeachersGiveTheMeanOfTheirRates() throws IOException {
    ClusterLearner.Corpus c = corpus("[{\"content\": \"زيد عمرو\"}]");
    Map<String, int[][]> counts = new HashMap<>();
    // 10 occurrences; one teacher tags 8 as persons, the other 0: mean rate 0.4 → level 3
    counts.put("زيد", new int[][] {{10, 8}, {10, 0}});
    // 2 occurrences, below the minimum count of 3
    counts.put("عمرو", new int[][] {{2, 2}, {2, 2}});
    LabelPrior p = new PriorInducer(PLAIN, 1000).build(c, tally(c, 2, counts));
    assertEquals(LabelPrior.pack(10, new int[] {4, 0, 0, 0}), packed(p, "زيد"));
    assertEquals(0, packed(p, "عمرو"));
    assertEquals(1, p.size());
  }

  @Test
  void aLowerMinimumWithShrinkReachesRareWordsAtAReducedLevel() throws IOException {
    ClusterLearner.Corpus c = corpus("[{\"content\": \"زيد عمرو\"}]");
    Map<String, int[][]> counts = new HashMap<>();
    counts.put("عمرو", new int[][] {{2, 2}});
    LabelPrior p = new PriorInducer(new PriorInducer.Recipe(2, 2, false, false, false), 1000)
        .build(c, tally(c, 1, counts));
    assertEquals(LabelPrior.pack(4, new int[] {2, 0, 0, 0}), packed(p, "عمرو"), "2 / (2 + 2)");
  }

  @Test
  void withPositionsTheStatedPlaceInAMentionIsTheMostFrequentOne() throws IOException {
    ClusterLearner.Corpus c = corpus("[{\"content\": \"زيد عمرو\"}]");
    Map<String, int[][]> counts = new HashMap<>();
    counts.put("زيد", new int[][] {{10, 8}});
    PriorInducer.Tally t = tally(c, 1, counts);
    int id = c.ids.get("زيد");
    t.positions[PER][0][id] = 2; // alone
    t.positions[PER][1][id] = 5; // first of a longer mention
    t.positions[PER][2][id] = 1; // later
    int plain = LabelPrior.pack(10, new int[] {8, 0, 0, 0});
    assertEquals(plain, packed(new PriorInducer(PLAIN, 1000).build(c, t),
        "زيد"));
    int v = packed(new PriorInducer(new PriorInducer.Recipe(3, 0, false, false, true), 1000)
        .build(c, t), "زيد");
    assertEquals(plain, v & 0xFFFF, "the levels are unchanged");
    assertEquals(2, (v >>> (20 + 2 * PER)) & 3, "mostly the first word of a longer mention");
    assertEquals(0, (v >>> (20 + 2 * EntityType.LOC.ordinal())) & 3, "never a place");
  }

  @Test
  void withConfidenceAFrequentWordNeverTaggedKeepsAnEntry() throws IOException {
    ClusterLearner.Corpus c = corpus("[{\"content\": \"زيد عمرو\"}]");
    Map<String, int[][]> counts = new HashMap<>();
    counts.put("زيد", new int[][] {{40, 0}});
    PriorInducer.Tally t = tally(c, 1, counts);
    assertEquals(0, new PriorInducer(PLAIN, 1000).build(c, t).size());
    LabelPrior p = new PriorInducer(new PriorInducer.Recipe(3, 0, false, true, false), 1000).build(c, t);
    int v = packed(p, "زيد");
    assertTrue(v != 0);
    assertEquals(0, v & 0xFFFF, "no type level");
    assertEquals(6, v >>> 16, "40 occurrences: log2 bucket 6");
  }
}
