package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.EntityMention;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.SentenceSplitter;

/** The shipped model over the pipeline's own tokenizer: offsets, clitics, names kept whole. */
class ShippedTaggerTest {
  private static List<String> mentions(String text) {
    Document doc = Document.of(new DocumentMeta("t", null, null, null, null), text)
        .withSentences(SentenceSplitter.split(text))
        .withTokens(ArabicTokenizer.shared().tokenize(text));
    List<String> out = new ArrayList<>();
    for (EntityMention m : PerceptronEntityTagger.shared().tag(doc)) {
      out.add(m.type() + ":" + text.substring(m.start(), m.end()));
    }
    return out;
  }

  @Test
  void loadsOnceAndIsShared() {
    assertSame(PerceptronEntityTagger.shared(), PerceptronEntityTagger.shared());
    assertTrue(PerceptronEntityTagger.shared().model().provenance().containsKey("train_sha256"));
  }

  @Test
  void theShippedModelHoldsNoTrainOnlyGazetteer() {
    NerModel m = PerceptronEntityTagger.shared().model();
    assertFalse(m.lexicon().hasTeacherEntries());
    for (String line : m.lexicon().lines()) {
      assertFalse(Lexicon.TEACHER_CLASSES.contains(line.substring(0, line.indexOf('\t'))), line);
    }
  }

  @Test
  void keepsAMultiTokenNameWholeAndLeavesTheTitleOut() {
    List<String> m = mentions("وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تتراجع.");
    assertTrue(m.contains("PER:رجب طيب أردوغان"), m.toString());
  }

  private static final String FIRST = "وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تتراجع.";
  private static final String LATER =
      "وفي كلمة لأردوغان أمام البرلمان في أنقرة قال إن تركيا مستعدة.";

  @Test
  void excludesAnAttachedPreposition() {
    List<String> m = mentions(FIRST + " " + LATER);
    assertTrue(m.contains("PER:أردوغان"), m.toString());
    assertTrue(m.contains("LOC:أنقرة"), m.toString());
  }

  @Test
  void aNameRecognizedInOneSentenceHelpsItsBareMentionInAnother() {
    assertEquals(List.of("LOC:أنقرة", "LOC:تركيا"), mentions(LATER));
    assertEquals(List.of("PER:رجب طيب أردوغان", "PER:أردوغان", "LOC:أنقرة", "LOC:تركيا"),
        mentions(FIRST + " " + LATER));
  }

  @Test
  void isSafeToShareAcrossThreads() throws Exception {
    String text = "وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس.";
    List<String> expected = mentions(text);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> mentions(text)));
      }
      for (Future<List<String>> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
