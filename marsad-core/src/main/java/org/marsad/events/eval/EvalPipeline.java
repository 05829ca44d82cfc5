package org.marsad.events.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.marsad.events.EventCoder;
import org.marsad.kb.EntityResolver;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.SentenceSplitter;
import org.marsad.time.ArabicTimeTagger;

/**
 * The analysis used to evaluate event coding until the full pipeline is wired: sentences, tokens,
 * KB entities (no statistical NER), times, events. Thread-safe.
 */
public final class EvalPipeline implements BiFunction<String, LocalDate, Document> {
  private final EntityResolver resolver = EntityResolver.shared();

  @Override
  public Document apply(String text, LocalDate published) {
    Document doc = before(text, published);
    return doc.withEvents(EventCoder.shared().code(doc));
  }

  /** The document with every layer events need: sentences, tokens, entities, times. */
  public Document before(String text, LocalDate published) {
    Document doc = Document.of(new DocumentMeta("eval", published, null, null, null), text)
        .withSentences(SentenceSplitter.split(text))
        .withTokens(ArabicTokenizer.shared().tokenize(text));
    doc = doc.withEntities(resolver.resolve(doc, List.of()));
    return doc.withTimes(ArabicTimeTagger.shared().tag(text, published));
  }
}
