package org.marsad.pipeline;

import java.util.Set;
import org.marsad.model.Document;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.LanguageGuesser;
import org.marsad.text.SentenceSplitter;

/** The stages of the text layer: language, sentences, tokens. */
public final class TextStages {
  private TextStages() {}

  public static Stage language() {
    return new Simple("lang", Set.of(), doc -> doc.withLang(LanguageGuesser.guess(doc.text())));
  }

  public static Stage sentences() {
    return new Simple("sentences", Set.of(), doc -> doc.withSentences(SentenceSplitter.split(doc.text())));
  }

  public static Stage tokens(ArabicTokenizer tokenizer) {
    return new Simple("tokens", Set.of(), doc -> doc.withTokens(tokenizer.tokenize(doc.text())));
  }

  /** A stage from a function. */
  record Simple(String name, Set<String> requires, java.util.function.UnaryOperator<Document> fn)
      implements Stage {
    @Override
    public String provides() {
      return name;
    }

    @Override
    public Document apply(Document doc) {
      return fn.apply(doc);
    }
  }
}
