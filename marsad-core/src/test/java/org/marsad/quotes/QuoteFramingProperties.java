package org.marsad.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.framing.FramingAnalyzer;
import org.marsad.model.ActorFraming;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Framing;
import org.marsad.model.LoadedTerm;
import org.marsad.model.Quote;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.SentenceSplitter;

class QuoteFramingProperties {
  @Provide
  Arbitrary<String> news() {
    Arbitrary<String> words = Arbitraries.of("قال", "وقال", "وأضاف", "مشيرا", "إلى", "أن", "إن", "بأن",
        "الوزير", "مصدر", "مسؤول", "«", "»", "“", "”", "\"", "'", "„", ":", "،", ".", "\n", "بحسب",
        "البيان", "وفق", "بيان", "صادر", "عن", "نقلت", "وكالة", "الميليشيات", "الإرهابية", "«الثوار»",
        "الذي", "لـ", "للصحيفة", "أعلن", "ويرى", "مراقبون", "ﷺ", "حكومته", "x", "3.5", "😀");
    Arbitrary<String> noise = Arbitraries.strings().withCharRange('\u0600', '\u06FF')
        .withChars(' ', '«', '»', '"', ':', '\n').ofMaxLength(6);
    return Arbitraries.oneOf(words, words, noise).list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  private static Document doc(String text) {
    // The text layer only: entities come from the test, never from the KB.
    return Document.of(new DocumentMeta("p", null, null, null, null), text)
        .withSentences(SentenceSplitter.split(text))
        .withTokens(ArabicTokenizer.shared().tokenize(text));
  }

  @Property
  void quotesAreExactBoundedSpans(@ForAll("news") String text) {
    for (Quote q : QuoteExtractor.shared().extract(doc(text))) {
      assertTrue(q.start() >= 0 && q.end() > q.start() && q.end() <= text.length());
      assertEquals(text.substring(q.start(), q.end()), q.text());
      assertTrue(q.text().indexOf('\n') < 0, () -> "quote crosses a paragraph: " + q);
    }
  }

  @Property
  void loadedTermsAreExactSpansAndScoresInRange(@ForAll("news") String text) {
    Framing f = FramingAnalyzer.shared().analyze(doc(text));
    for (LoadedTerm t : f.loaded()) {
      assertTrue(t.start() >= 0 && t.end() > t.start() && t.end() <= text.length());
      assertEquals(text.substring(t.start(), t.end()), t.text());
    }
    for (ActorFraming a : f.actors()) {
      assertTrue(a.score() >= -1 && a.score() <= 1);
    }
  }

  @Property
  void sameResultWithoutTokens(@ForAll("news") String text) {
    Document full = doc(text);
    Document bare = Document.of(full.meta(), text).withSentences(full.sentences());
    assertEquals(QuoteExtractor.shared().extract(full), QuoteExtractor.shared().extract(bare));
    assertEquals(FramingAnalyzer.shared().analyze(full), FramingAnalyzer.shared().analyze(bare));
  }
}
