package org.marsad.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.model.Segment;
import org.marsad.model.SegmentKind;
import org.marsad.model.Sentence;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;
import org.marsad.ner.LightSegmenter;
import org.marsad.ner.Lexicon;
import org.marsad.ner.PerceptronEntityTagger;
import org.marsad.ner.WordClusters;
import org.marsad.text.ArabicNormalizer;

class NerTrainerTest {
  private static final String[] FIRST = ToyNews.FIRST;
  private static final String[] SECOND = ToyNews.SECOND;

  @TempDir
  Path dir;

  /**
   * Toy news, "قال الرئيس NAME في CITY ." and "وصل NAME إلى CITY .", where every name and city is
   * a different made-up word, so only the context tells them apart.
   */
  private Path toyCorpus() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      ToyNews.appendSentence(b, i);
    }
    Path f = dir.resolve("toy.txt");
    Files.writeString(f, b.toString());
    return f;
  }

  private NerTrainer trainer(int folds) {
    return new NerTrainer(new NerTrainer.Config(16, 5, folds, 1000, 0))
        .withClusters(new WordClusters(Map.of()))
        .withLexicon(new Lexicon(List.of(), LightSegmenter.INSTANCE));
  }

  @Test
  void learnsAToyPatternAndTagsANewNameInADocument() throws IOException {
    Path model = dir.resolve("toy.bin");
    TrainReport r = trainer(1).train(toyCorpus(), null, model, 42);
    assertEquals(60, r.sentences());
    PerceptronEntityTagger tagger = PerceptronEntityTagger.load(model);

    String text = "قال الرئيس جمال في طرابلس .";
    List<EntityMention> mentions = tagger.tag(document(text));
    List<String> got = new ArrayList<>();
    for (EntityMention m : mentions) {
      got.add(m.type() + ":" + text.substring(m.start(), m.end()));
      assertTrue(m.score() > 0 && m.score() <= 1);
    }
    assertEquals(List.of("PER:جمال", "LOC:طرابلس"), got);
  }

  @Test
  void isDeterministicForAFixedSeed() throws IOException {
    Path corpus = toyCorpus();
    trainer(1).train(corpus, null, dir.resolve("a.bin"), 7);
    trainer(1).train(corpus, null, dir.resolve("b.bin"), 7);
    assertEquals(-1L, Files.mismatch(dir.resolve("a.bin"), dir.resolve("b.bin")));
  }

  @Test
  void choosesEpochsByCrossValidationAndRecordsProvenance() throws IOException {
    Path model = dir.resolve("cv.bin");
    TrainReport r = trainer(3).train(toyCorpus(), null, model, 42);
    assertEquals(5, r.cvMicroF1().size());
    assertTrue(r.cvMicro().f1() > 0.9, r.format());
    assertEquals("42", PerceptronEntityTagger.load(model).model().provenance().get("seed"));
    assertTrue(r.toJson().contains("\"cv_types\""));
    assertTrue(r.cvTypes().get(EntityType.LOC).tp() > 0);
  }

  @Test
  void trainsADocumentLevelSecondStageOnHeldOutFirstPassLabels() throws IOException {
    Path model = dir.resolve("two.bin");
    Path corpus = toyCorpus();
    NerTrainer t = new NerTrainer(new NerTrainer.Config(16, 5, 3, 1000, 0, List.of(2, 4), false))
        .withClusters(new WordClusters(Map.of()))
        .withLexicon(new Lexicon(List.of(), LightSegmenter.INSTANCE));
    TrainReport r = t.train(corpus, null, model, 42);

    PerceptronEntityTagger tagger = PerceptronEntityTagger.load(model);
    assertTrue(tagger.model().twoStage());
    Map<String, String> prov = tagger.model().provenance();
    assertTrue(prov.get("stage2_cv_f1_by_window").matches("2:[0-9.]+ 4:[0-9.]+"), prov.toString());
    assertTrue(prov.get("stage2").matches("doc_window=[24] .*"), prov.toString());
    assertTrue(r.cvMicro().f1() > 0.9, r.format());
    assertTrue(r.format().contains("second-stage CV micro F1 by document window: 2:"), r.format());
    // Both stages tag the toy's training sentences, in order, as one document.
    String text = "قال الرئيس ساميل في بديها . وصل كريمل إلى بشدزي .";
    List<String> got = new ArrayList<>();
    for (EntityMention m : tagger.tag(document(text))) {
      got.add(m.type() + ":" + text.substring(m.start(), m.end()));
    }
    assertEquals(List.of("PER:ساميل", "LOC:بديها", "PER:كريمل", "LOC:بشدزي"), got);
    t.train(corpus, null, dir.resolve("again.bin"), 42);
    assertEquals(-1L, Files.mismatch(model, dir.resolve("again.bin")));
  }

  /** A SaudiNewsNet-style corpus directory: one zip holding one JSON article of {@code text}. */
  private Path newsCorpus(String text) throws IOException {
    Path news = Files.createDirectories(dir.resolve("news"));
    try (java.util.zip.ZipOutputStream z =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(news.resolve("2015-07-21.zip")))) {
      z.putNextEntry(new java.util.zip.ZipEntry("2015-07-21.json"));
      z.write(("[{\"title\": \"خبر\", \"content\": \"" + text + "\"}]")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return news;
  }

  /** Packed prior levels of {@code word} in {@code model} (0 when it has none). */
  private static int prior(Path model, String word) {
    for (Map.Entry<String, Integer> e :
        PerceptronEntityTagger.load(model).model().prior().sortedEntries()) {
      if (e.getKey().equals(ArabicNormalizer.fold(word))) {
        return e.getValue();
      }
    }
    return 0;
  }

  @Test
  void teacherGazetteersReachTheModelOnlyThroughTheInducedPrior() throws IOException {
    // The toy names, plus sentences where only the list tells a name ("رأى NAME الخبر") from a
    // common word of the same shape ("رأى WORD الخبر"). Every toy name is in the list; so are
    // the news word listed, which the training split never has, and a name that occurs nowhere
    // else. The unlisted news word has the same shape as the listed one.
    StringBuilder toy = new StringBuilder(Files.readString(toyCorpus()));
    for (int i = 0; i < 60; i++) {
      toy.append("رأى O\n").append(FIRST[i % 9]).append(SECOND[i % 8]).append("ل B-PERS\n")
          .append("الخبر O\n. O\n\n");
      toy.append("رأى O\n").append(SECOND[(i + 1) % 8]).append(FIRST[i % 9]).append("ل O\n")
          .append("الخبر O\n. O\n\n");
    }
    Path train = Files.writeString(dir.resolve("toy-listed.txt"), toy.toString());
    List<String> gazetteer = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      gazetteer.add("AG_PER\t" + FIRST[i % 9] + SECOND[i % 8] + "ل");
    }
    String listed = "جورميل";
    String unlisted = "جوركيل";
    String listOnly = "قنطوريل";
    gazetteer.add("AG_PER\t" + listed);
    gazetteer.add("ANETAC_PER\t" + listOnly);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      text.append("كتب ").append(listed).append(" مقالا .\\n").append("كتب ").append(unlisted)
          .append(" مقالا .\\n");
    }
    Path news = newsCorpus(text.toString());
    NerTrainer.Config c = new NerTrainer.Config(16, 5, 3, 1000, 100_000);

    Path plain = dir.resolve("plain.bin");
    trainer(c).train(train, news, plain, 42);
    Path taught = dir.resolve("taught.bin");
    trainer(c).withTeacherEntries(gazetteer).train(train, news, taught, 42);

    // Without the list, the two news words look alike to the teachers; with it, only the
    // listed one is induced as a person.
    assertEquals(prior(plain, listed), prior(plain, unlisted));
    int per = org.marsad.model.EntityType.PER.ordinal();
    int listedPer = (prior(taught, listed) >>> (4 * per)) & 0xF;
    int unlistedPer = (prior(taught, unlisted) >>> (4 * per)) & 0xF;
    assertTrue(listedPer > unlistedPer, listedPer + " vs " + unlistedPer);

    // The model holds no list: no teacher class in its lexicon, no list-only name in its bytes.
    PerceptronEntityTagger tagger = PerceptronEntityTagger.load(taught);
    assertTrue(!tagger.model().lexicon().hasTeacherEntries());
    assertTrue(tagger.model().provenance().get("label_prior_teachers")
        .contains("62 train/eval-only gazetteer entries"), tagger.model().provenance().toString());
    String body = modelBody(taught);
    assertTrue(body.contains(ArabicNormalizer.fold(listed)), "the prior keeps corpus words");
    assertTrue(!body.contains(listOnly) && !body.contains(ArabicNormalizer.fold(listOnly)));
  }

  @Test
  void ensemblesOfTwoStageShuffledTeachersInduceThePriorDeterministically() throws IOException {
    // A name the training split never has, in the toy's person context in two articles of the
    // news, and once in a neutral one ("كتب NAME مقالا").
    String name = "جورميل";
    String json = "[{\"title\": \"خبر\", \"content\": \"قال الرئيس " + name
        + " في بسدني .\\nكتب " + name + " مقالا .\"}, {\"title\": \"خبر\", \"content\": "
        + "\"قال الرئيس " + name + " في بكرها .\"}]";
    Path news = Files.createDirectories(dir.resolve("articles"));
    try (java.util.zip.ZipOutputStream z =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(news.resolve("a.zip")))) {
      z.putNextEntry(new java.util.zip.ZipEntry("a.json"));
      z.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      z.closeEntry();
    }
    Path train = toyCorpus();
    NerTrainer.Config c = new NerTrainer.Config(16, 5, 3, 1000, 100_000);
    Path model = dir.resolve("ensemble.bin");
    trainer(c).withTeachers(2, 2, 3).train(train, news, model, 42);

    int per = org.marsad.model.EntityType.PER.ordinal();
    assertTrue(((prior(model, name) >>> (4 * per)) & 0xF) > 0, "tagged as a person in the news");
    String teachers = PerceptronEntityTagger.load(model).model().provenance()
        .get("label_prior_teachers");
    assertTrue(teachers.contains("2 teacher(s) per prior, 2 perceptron(s) each, two stages, "
        + "article window 3"), teachers);
    trainer(c).withTeachers(2, 2, 3).train(train, news, dir.resolve("again.bin"), 42);
    assertEquals(-1L, Files.mismatch(model, dir.resolve("again.bin")));
  }

  private NerTrainer trainer(NerTrainer.Config c) {
    return new NerTrainer(c).withClusters(new WordClusters(Map.of()))
        .withLexicon(new Lexicon(List.of(), LightSegmenter.INSTANCE));
  }

  /** The decompressed body of a model file (after the magic and the version), as UTF-8. */
  static String modelBody(Path model) throws IOException {
    byte[] bytes = Files.readAllBytes(model);
    int header = 12;
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
        new java.io.ByteArrayInputStream(bytes, header, bytes.length - header))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** A document of {@code text} whose sentences end at each " . ". */
  private static Document document(String text) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int i = 0;
    int sentenceStart = 0;
    for (String w : text.split(" ")) {
      int start = text.indexOf(w, i);
      tokens.add(new Token(start, start + w.length(), w, ArabicNormalizer.fold(w),
          TokenKind.ARABIC, List.of(new Segment(start, start + w.length(), w, SegmentKind.STEM))));
      i = start + w.length();
      if (w.equals(".")) {
        sentences.add(new Sentence(sentenceStart, i));
        sentenceStart = i + 1;
      }
    }
    if (sentenceStart < text.length()) {
      sentences.add(new Sentence(sentenceStart, text.length()));
    }
    return Document.of(new DocumentMeta("t", null, null, null, null), text)
        .withSentences(sentences).withTokens(tokens);
  }
}
