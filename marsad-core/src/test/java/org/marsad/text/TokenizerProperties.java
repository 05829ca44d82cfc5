package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.model.Segment;
import org.marsad.model.Sentence;
import org.marsad.model.Token;

class TokenizerProperties {
  @Provide
  Arbitrary<String> newsish() {
    Arbitrary<String> words = Arbitraries.of("وبحكومته", "لأردوغان", "للحكومة", "بغداد", "قال", "،",
        ".", "؟", "«", "»", "3.5", "٢٠١٥", "http://a.b/c", "د.", "أَمْسِ", "مـــس", "\n", " ", "ﻻ",
        "\u200F", "x@y.org", "Erdogan", "U.S.", "\"", "وَالرَّئِيسُ", "😀");
    Arbitrary<String> noise = Arbitraries.strings().withCharRange('\u0600', '\u06FF')
        .withChars(' ', '.', '!', '«', '»').ofMaxLength(8);
    return Arbitraries.oneOf(words, noise).list().ofMaxSize(40)
        .map(l -> String.join(" ", l));
  }

  @Property
  void tokensAreInOrderNonOverlappingAndMatchTheirText(@ForAll("newsish") String text) {
    List<Token> tokens = ArabicTokenizer.shared().tokenize(text);
    int prev = 0;
    for (Token t : tokens) {
      assertTrue(t.start() >= prev && t.end() > t.start() && t.end() <= text.length());
      assertEquals(text.substring(t.start(), t.end()), t.text());
      prev = t.end();
    }
  }

  @Property
  void segmentsTileTheirTokenExactly(@ForAll("newsish") String text) {
    for (Token t : ArabicTokenizer.shared().tokenize(text)) {
      int pos = t.start();
      int stems = 0;
      for (Segment s : t.segments()) {
        assertEquals(pos, s.start(), "segments of '" + t.text() + "' leave a gap");
        assertTrue(s.end() > s.start(), "empty segment in '" + t.text() + "'");
        pos = s.end();
        stems += s.kind() == org.marsad.model.SegmentKind.STEM ? 1 : 0;
      }
      assertEquals(t.end(), pos, "segments of '" + t.text() + "' stop short");
      assertEquals(1, stems);
    }
  }

  @Property
  void sentencesAreInOrderNonEmptyAndTrimmed(@ForAll("newsish") String text) {
    int prev = 0;
    for (Sentence s : SentenceSplitter.split(text)) {
      assertTrue(s.start() >= prev && s.end() > s.start() && s.end() <= text.length());
      assertTrue(!Character.isWhitespace(text.charAt(s.start())));
      assertTrue(!Character.isWhitespace(text.charAt(s.end() - 1)));
      prev = s.end();
    }
  }
}
