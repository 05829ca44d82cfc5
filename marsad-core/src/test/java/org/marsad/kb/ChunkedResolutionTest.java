package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Entity;
import org.marsad.model.Mention;
import org.marsad.text.SentenceSplitter;

class ChunkedResolutionTest {
  private static final String SENTENCE =
      "التقى الرئيس التركي رجب طيب أردوغان مع فائز السراج في إسطنبول. ";

  @Test
  void aTextFarLongerThanAnArticleIsResolvedInChunksWithOneEntityPerKbEntry() {
    String text = SENTENCE.repeat(EntityResolver.MAX_WHOLE_CHARS / SENTENCE.length() + 200);
    Document doc = Document.of(new DocumentMeta("long", LocalDate.of(2019, 12, 15), null, null, null), text)
        .withSentences(SentenceSplitter.split(text));
    List<Entity> entities = EntityResolver.shared().resolve(doc, List.of());
    Set<String> kbIds = new HashSet<>();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      assertEquals("e" + (i + 1), e.id());
      assertTrue(e.kb() == null || kbIds.add(e.kb()), "two entities for " + e.kb());
      for (Mention m : e.mentions()) {
        assertEquals(text.substring(m.start(), m.end()), m.text());
      }
    }
    Entity erdogan = entities.stream().filter(e -> "Q39259".equals(e.kb())).findFirst().orElseThrow();
    int repeats = text.length() / SENTENCE.length();
    assertTrue(erdogan.mentions().size() >= repeats, erdogan.mentions().size() + " mentions");
    assertTrue(erdogan.mentions().get(erdogan.mentions().size() - 1).start() > text.length() - SENTENCE.length());
  }

  @Test
  void chunksEndAtSentenceBoundariesAndCoverTheText() {
    String text = SENTENCE.repeat(50);
    List<int[]> chunks = ChunkedResolution.chunks(text, SentenceSplitter.split(text), 1000);
    assertEquals(0, chunks.get(0)[0]);
    assertEquals(text.length(), chunks.get(chunks.size() - 1)[1]);
    for (int i = 1; i < chunks.size(); i++) {
      assertEquals(chunks.get(i - 1)[1], chunks.get(i)[0]);
      assertEquals('.', text.charAt(chunks.get(i)[0] - 1));
    }
  }
}
