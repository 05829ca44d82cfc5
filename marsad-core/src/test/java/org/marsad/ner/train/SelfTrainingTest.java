package org.marsad.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.EntityType;
import org.marsad.ner.Labels;
import org.marsad.ner.Lexicon;
import org.marsad.ner.LightSegmenter;
import org.marsad.ner.PerceptronEntityTagger;
import org.marsad.ner.WordClusters;

class SelfTrainingTest {
  private static final String[] FIRST = ToyNews.FIRST;
  private static final String[] SECOND = ToyNews.SECOND;
  private static final int L = Labels.COUNT;
  private static final int B_PER = Labels.begin(EntityType.PER);
  /** A name the training split has only in its last third (the last of 3 CV folds). */
  private static final String LATE_NAME = "غضنفر";

  @TempDir
  Path dir;

  /**
   * 60 toy sentences ("قال الرئيس NAME في CITY ." / "وصل NAME إلى CITY .", every name and city a
   * different made-up word) and 20 "شارك WORD في الاجتماع ." with ordinary words, then 12 in which
   * {@link #LATE_NAME} takes the ordinary word's place as a person: with 3 contiguous folds, those
   * 12 lie in fold 3 only, and only the name itself tells it from the ordinary words.
   */
  private Path trainingSplit() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      ToyNews.appendSentence(b, i);
      if (i % 3 == 0) {
        b.append("شارك O\n").append(SECOND[i % 8]).append(FIRST[i % 9])
            .append("ة O\nفي O\nالاجتماع O\n. O\n\n");
      }
    }
    for (int i = 0; i < 12; i++) {
      b.append("شارك O\n").append(LATE_NAME).append(" B-PERS\nفي O\nالاجتماع O\n. O\n\n");
    }
    return Files.writeString(dir.resolve("train.txt"), b.toString());
  }

  /**
   * News in which the late name occurs in its fold-3 context, which only a teacher that saw fold 3
   * knows, and toy-style sentences every teacher can tag.
   */
  private Path news() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      text.append("شارك ").append(LATE_NAME).append(" في الاجتماع أمس .\\n");
      text.append("قال الرئيس ").append(FIRST[(i + 2) % 9]).append(SECOND[(i + 5) % 8])
          .append("ل في ب").append(SECOND[i % 8]).append(FIRST[(i + 1) % 9]).append(" أمس .\\n");
    }
    Path news = Files.createDirectories(dir.resolve("news"));
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(news.resolve("a.zip")))) {
      z.putNextEntry(new ZipEntry("a.json"));
      z.write(("[{\"title\": \"خبر\", \"content\": \"" + text + "\"}]")
          .getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return news;
  }

  private static NerTrainer trainer(SelfTraining.Config self) {
    return new NerTrainer(new NerTrainer.Config(16, 5, 3, 1000, 100_000))
        .withClusters(new WordClusters(Map.of()))
        .withLexicon(new Lexicon(List.of(), LightSegmenter.INSTANCE))
        .withSelfTraining(self);
  }

  /** Labels the pseudo-labelled sentences of {@code set} give {@link #LATE_NAME}. */
  private static List<Integer> lateNameLabels(List<SelfTraining.Pseudo> set) {
    List<Integer> labels = new ArrayList<>();
    for (SelfTraining.Pseudo p : set) {
      for (int i = 0; i < p.words().length; i++) {
        if (p.words()[i].equals(LATE_NAME)) {
          labels.add(p.labels()[i]);
        }
      }
    }
    return labels;
  }

  @Test
  void eachFoldTrainsOnNewsLabelledByATeacherThatNeverSawIt() throws IOException {
    SelfTraining.Config self = new SelfTraining.Config(32, SelfTraining.Criterion.MARGIN, 0.5f,
        0.25, true);
    NerTrainer t = trainer(self);
    t.train(trainingSplit(), news(), dir.resolve("m.bin"), 42);
    assertOnlyBlindTeachersLabelFold3(t.pseudoLabelled());
  }

  @Test
  void theSecondRoundTeacherOfAFoldLearnsFromTheFirstRoundsBlindLabelsOnly() throws IOException {
    // The round-2 teacher without fold 3 trains on folds 1 and 2 plus the sentences the round-1
    // teacher without fold 3 chose: it must not learn the late name either, for its labels nor
    // (it is the same model) for the prior that fold 3's features use.
    SelfTraining.Config self = new SelfTraining.Config(32, SelfTraining.Criterion.MARGIN, 0.5f,
        0.25, true);
    NerTrainer t = trainer(self).withSelfTrainingRounds(2, true, true);
    Path model = dir.resolve("m2.bin");
    t.train(trainingSplit(), news(), model, 42);
    assertOnlyBlindTeachersLabelFold3(t.pseudoLabelled());
    assertTrue(PerceptronEntityTagger.load(model).model().provenance().get("self_training")
        .endsWith("; 2 rounds, the last one's prior and sentences"));
  }

  @Test
  void aSecondRoundNeedsSelfTrainingAndASingleTeacher() throws IOException {
    NerTrainer off = trainer(SelfTraining.Config.OFF).withSelfTrainingRounds(2, true, true);
    assertThrows(IllegalArgumentException.class,
        () -> off.train(trainingSplit(), news(), dir.resolve("x.bin"), 1));
    NerTrainer ensemble = trainer(SelfTraining.Config.RECIPE).withSelfTrainingRounds(2, true, true)
        .withTeachers(2, 0, 0);
    assertThrows(IllegalArgumentException.class,
        () -> ensemble.train(trainingSplit(), news(), dir.resolve("y.bin"), 1));
    assertThrows(IllegalArgumentException.class,
        () -> trainer(SelfTraining.Config.RECIPE).withSelfTrainingRounds(3, true, true));
  }

  /**
   * Folds 1 and 2 train on news tagged by teachers that saw fold 3, hence the late name; so does
   * the final model. Fold 3's news come from a teacher trained on folds 1 and 2 only: the name is
   * unknown to it, and its pseudo labels must not carry fold 3's gold labels.
   */
  private static void assertOnlyBlindTeachersLabelFold3(
      Map<String, List<SelfTraining.Pseudo>> sets) {
    assertEquals(List.of("fold 1", "fold 2", "fold 3", "all"), List.copyOf(sets.keySet()));
    for (String seen : List.of("fold 1", "fold 2", "all")) {
      assertTrue(lateNameLabels(sets.get(seen)).contains(B_PER),
          seen + ": " + lateNameLabels(sets.get(seen)));
    }
    List<Integer> blind = lateNameLabels(sets.get("fold 3"));
    assertFalse(blind.isEmpty(), "the blind teacher's mention-free sentences are kept too");
    assertTrue(blind.stream().allMatch(y -> y == Labels.O), blind.toString());

    // At most a quarter of the 32 sentences asked for are mention-free (the news have 16).
    for (List<SelfTraining.Pseudo> set : sets.values()) {
      assertTrue(set.size() <= 16);
      long free = set.stream()
          .filter(p -> java.util.Arrays.stream(p.labels()).allMatch(y -> y == Labels.O)).count();
      assertTrue(free <= 8, free + " of " + set.size());
    }
  }

  /**
   * Six articles, each with a marker word of its own, a title and four sentences: the late name
   * in its fold-3 context and three toy-style sentences.
   */
  private Path articles() throws IOException {
    StringBuilder json = new StringBuilder("[");
    for (int a = 0; a < 6; a++) {
      String marker = "رمز" + FIRST[a];
      StringBuilder text = new StringBuilder();
      text.append("شارك ").append(LATE_NAME).append(" في الاجتماع ").append(marker)
          .append(" .\\n");
      for (int i = 0; i < 3; i++) {
        int k = 3 * a + i;
        text.append("قال الرئيس ").append(FIRST[(k + 2) % 9]).append(SECOND[(k + 5) % 8])
            .append("ل في ب").append(SECOND[k % 8]).append(FIRST[(k + 1) % 9]).append(" ")
            .append(marker).append(" .\\n");
      }
      json.append(a == 0 ? "" : ",").append("{\"title\": \"خبر ").append(marker)
          .append("\", \"content\": \"").append(text).append("\"}");
    }
    json.append("]");
    Path news = Files.createDirectories(dir.resolve("articles"));
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(news.resolve("a.zip")))) {
      z.putNextEntry(new ZipEntry("a.json"));
      z.write(json.toString().getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return news;
  }

  @Test
  void theSecondStagesNewsOfAFoldAreLabelledAndFirstPassedByModelsBlindToIt() throws IOException {
    NerTrainer t = new NerTrainer(new NerTrainer.Config(16, 5, 3, 1000, 100_000, List.of(2), false))
        .withClusters(new WordClusters(Map.of()))
        .withLexicon(new Lexicon(List.of(), LightSegmenter.INSTANCE))
        .withSelfTraining(new SelfTraining.Config(32, SelfTraining.Criterion.RANDOM, 0.5f, 0.25,
            false))
        .withStage2News(10, 0.5f);
    Path model = dir.resolve("s2.bin");
    t.train(trainingSplit(), articles(), model, 42);

    // Whole articles: two of the six (title and four sentences each) hold the 10 sentences.
    NewsDocuments docs = t.stage2Documents();
    assertEquals(2, docs.articles());
    assertEquals(10, docs.size());
    assertEquals(5, docs.first(1));
    Map<String, int[][][]> sets = t.stage2News();
    assertEquals(List.of("fold 1", "fold 2", "fold 3", "all"), List.copyOf(sets.keySet()));

    // Fold 3's labels come from the teacher without fold 3, its document features count the
    // first-pass labels of the CV first stage without fold 3: neither knows the late name.
    for (int kind = 0; kind < 2; kind++) {
      assertEquals(List.of(Labels.O), lateNameLabels(docs, sets.get("fold 3")[kind]),
          "fold 3, " + (kind == 0 ? "labels" : "first pass"));
      for (String seen : List.of("fold 1", "fold 2", "all")) {
        assertEquals(List.of(B_PER), lateNameLabels(docs, sets.get(seen)[kind]),
            seen + ", " + (kind == 0 ? "labels" : "first pass"));
      }
    }

    // Self-training never picks a sentence of the articles kept for the second stage.
    java.util.Set<String> kept = new java.util.HashSet<>();
    for (int s = 0; s < docs.size(); s++) {
      kept.addAll(List.of(docs.words(s)));
    }
    for (List<SelfTraining.Pseudo> set : t.pseudoLabelled().values()) {
      assertFalse(set.isEmpty());
      for (SelfTraining.Pseudo p : set) {
        String marker = p.words()[p.words().length - 2];
        assertTrue(marker.startsWith("رمز"), String.join(" ", p.words()));
        assertFalse(kept.contains(marker), marker);
      }
    }
    assertTrue(PerceptronEntityTagger.load(model).model().provenance().get("stage2_news")
        .startsWith("10 sentences of 2 news articles, weight 0.50"));
  }

  @Test
  void newsInTheSecondStageNeedASecondStage() throws IOException {
    NerTrainer t = trainer(SelfTraining.Config.OFF).withStage2News(10, 0.3f);
    assertThrows(IllegalArgumentException.class,
        () -> t.train(trainingSplit(), articles(), dir.resolve("x.bin"), 1));
  }

  /** The distinct labels of the late name in the news documents' sentences. */
  private static List<Integer> lateNameLabels(NewsDocuments docs, int[][] labels) {
    java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
    for (int s = 0; s < docs.size(); s++) {
      String[] w = docs.words(s);
      for (int i = 0; i < w.length; i++) {
        if (w[i].equals(LATE_NAME)) {
          out.add(labels[s][i]);
        }
      }
    }
    return List.copyOf(out);
  }

  @Test
  void trainingWithPseudoLabelsIsDeterministicAndRecordedInTheProvenance() throws IOException {
    Path train = trainingSplit();
    Path news = news();
    for (SelfTraining.Criterion c : SelfTraining.Criterion.values()) {
      boolean prior = c == SelfTraining.Criterion.AGREE;
      SelfTraining.Config self = new SelfTraining.Config(10, c, 0.3f, 0.2, prior);
      Path a = dir.resolve(c + "-a.bin");
      Path b = dir.resolve(c + "-b.bin");
      trainer(self).train(train, news, a, 7);
      trainer(self).train(train, news, b, 7);
      assertEquals(-1L, Files.mismatch(a, b), c.name());
      String prov = PerceptronEntityTagger.load(a).model().provenance().get("self_training");
      assertTrue(prov.startsWith("10 sentences, " + c.name().toLowerCase(java.util.Locale.ROOT)
          + ", weight 0.30"), prov);
    }
  }

  @Test
  void needsANewsCorpus() throws IOException {
    NerTrainer t =
        trainer(new SelfTraining.Config(10, SelfTraining.Criterion.MARGIN, 1f, 0, true));
    assertThrows(IllegalArgumentException.class,
        () -> t.train(trainingSplit(), null, dir.resolve("x.bin"), 1));
  }

  @Test
  void marginIsTheGapBetweenTheBestAndTheSecondBestAllowedPath() {
    Random r = new Random(3);
    SelfTraining.Config one =
        new SelfTraining.Config(1, SelfTraining.Criterion.MARGIN, 1f, 0, true);
    SelfTraining.Collector c = new SelfTraining.Collector(one, null, null, null, 1);
    for (int trial = 0; trial < 20; trial++) {
      int n = 1 + trial % 4;
      float[] em = new float[n * L];
      float[] t = new float[(L + 1) * L];
      for (int i = 0; i < em.length; i++) {
        em[i] = (float) r.nextGaussian();
      }
      for (int i = 0; i < t.length; i++) {
        t[i] = (float) r.nextGaussian();
      }
      // Brute force over every BIO-valid labelling.
      double best = Double.NEGATIVE_INFINITY;
      double second = Double.NEGATIVE_INFINITY;
      int[] bestPath = null;
      int[] y = new int[n];
      int total = (int) Math.pow(L, n);
      for (int code = 0; code < total; code++) {
        int rest = code;
        boolean valid = true;
        double s = 0;
        for (int i = 0; i < n; i++) {
          y[i] = rest % L;
          rest /= L;
          int prev = i == 0 ? -1 : y[i - 1];
          valid &= Labels.allowed(prev, y[i]);
          s += em[i * L + y[i]] + t[(prev + 1) * L + y[i]];
        }
        if (!valid) {
          continue;
        }
        if (s > best) {
          second = best;
          best = s;
          bestPath = y.clone();
        } else if (s > second) {
          second = s;
        }
      }
      assertEquals(best - second, c.margin(em, t, n, bestPath), 1e-3, "trial " + trial);
    }
  }

  @Test
  void aHalfWeightInstanceMovesTheWeightsByHalfAStep() {
    int[] feats = {3};
    int[] start = {0, 1};
    int[] gold = {B_PER};
    int[] pred = {Labels.O};
    float[][] full = step(new Instance(feats, start, gold), pred);
    float[][] half = step(new Instance(feats, start, gold, 0.5f), pred);
    assertEquals(1f, full[0][3 * L + B_PER]);
    assertEquals(0.5f, half[0][3 * L + B_PER]);
    assertEquals(-0.5f, half[0][3 * L + Labels.O]);
    assertEquals(0.5f, half[1][B_PER]);
    assertThrows(IllegalArgumentException.class, () -> new Instance(feats, start, gold, 0f));
  }

  private static float[][] step(Instance x, int[] pred) {
    float[] w = new float[8 * L];
    float[] u = new float[w.length];
    float[] t = new float[(L + 1) * L];
    float[] tu = new float[t.length];
    SequencePerceptron.update(x, pred, w, u, t, tu, 1, L);
    return new float[][] {w, t};
  }
}
