package org.marsad.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.EntityType;
import org.marsad.ner.Labels;
import org.marsad.ner.LightSegmenter;
import org.marsad.ner.Lexicon;
import org.marsad.ner.PerceptronEntityTagger;
import org.marsad.ner.WordClusters;
import org.marsad.ner.train.NerTrainer;

class NerBenchmarkTest {
  @TempDir
  Path dir;

  @Test
  void convertsBioLabelsToOpenNlpSpansAndBack() {
    int[] labels = {Labels.O, Labels.begin(EntityType.PER), Labels.inside(EntityType.PER),
        Labels.begin(EntityType.LOC), Labels.begin(EntityType.MISC)};
    assertArrayEquals(labels, NerBenchmark.labels(NerBenchmark.spans(labels), labels.length));
    assertEquals("PERS", NerBenchmark.spans(labels)[0].getType());
  }

  @Test
  void theSpeedIsThatOfTheMedianPassSoOneSlowPassDoesNotMoveIt() {
    assertEquals(2.0, NerBenchmark.median(new double[] {1.0, 2.0, 9.0}));
    assertEquals(2.5, NerBenchmark.median(new double[] {3.0, 1.0, 2.0, 40.0}));
  }

  @Test
  void reportsBothSystemsInOneTable() throws IOException {
    StringBuilder b = new StringBuilder();
    String[] names = {"سامي", "كريم", "نادر", "فادي", "رامي"};
    String[] cities = {"دمشق", "عمان", "بيروت", "تونس"};
    for (int i = 0; i < 40; i++) {
      b.append("قال O\nالرئيس O\n").append(names[i % 5]).append(" B-PERS\nفي O\n")
          .append(cities[i % 4]).append(" B-LOC\n. O\n\n");
    }
    Path train = dir.resolve("train.txt");
    Files.writeString(train, b.toString());
    Path model = dir.resolve("m.bin");
    new NerTrainer(new NerTrainer.Config(16, 3, 1, 1000, 0))
        .withClusters(new WordClusters(Map.of()))
        .withSplitter(LightSegmenter.INSTANCE)
        .withLexicon(new Lexicon(List.of(), LightSegmenter.INSTANCE))
        .train(train, null, model, 1);
    BenchReport r = new NerBenchmark(0, 1).run(train, train, PerceptronEntityTagger.load(model));
    assertEquals(3, r.systems().size());
    assertTrue(r.systems().get(0).micro().f1() > 0.9, r.format());
    assertTrue(r.systems().get(1).tokensPerSecond() > 0);
    assertTrue(r.format().contains("OpenNLP NameFinderME"), r.format());
    assertTrue(r.toJson().contains("\"speed_ratio\""));
  }
}
