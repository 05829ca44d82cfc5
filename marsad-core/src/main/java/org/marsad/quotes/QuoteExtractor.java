package org.marsad.quotes;

import java.util.List;
import java.util.Set;
import org.marsad.model.Document;
import org.marsad.model.Quote;
import org.marsad.pipeline.Stage;

/**
 * Finds direct quotes («…» “…” "…" and the like) and reported statements ({@code قال X إن …}) with
 * their speakers and cue words.
 *
 * <p>Speakers come from speech cue verbs in any tense, number and gender (قال، أكد، أوضح، أضاف …),
 * with the speaker after the cue (VSO), after the quote ({@code «…»، قال X}), or implicit
 * ({@code وأضاف}, {@code مشيرا إلى أن}, {@code وقال إن}: the last speaker, else the nearest preceding
 * person or organization of the sentence). Sources ({@code بحسب X}، {@code وفق بيان صادر عن X}،
 * {@code نقلت وكالة Y عن X}) attribute the statement to its issuer; {@link #attribute} also returns
 * the relay chain.
 *
 * <p>A quote's {@code speaker} is the id of the entity whose mention lies in the speaker's noun
 * phrase (persons first, then organizations; a title such as {@code المحافظ} resolves to the person
 * it last introduced), else the phrase's text ({@code مصدر مسؤول}, {@code مراقبون}), or null when
 * nobody can be named. {@code text} equals {@code doc.text().substring(start, end)}: a direct
 * quote's span is the quotation without its marks, a reported one's the clause after إن/أن/عن up to
 * the end of its sentence or the next cue. A quotation never crosses a paragraph: an unclosed
 * quotation ends at its paragraph's end.
 *
 * <p>Thread-safe: lexicons load once and are shared; all state lives per call. Runs in time linear
 * in the number of tokens (one hash lookup per Arabic token, plus small windows around cues).
 */
public final class QuoteExtractor {
  private final CueLexicon cues;

  QuoteExtractor(CueLexicon cues) {
    this.cues = cues;
  }

  public static QuoteExtractor shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final QuoteExtractor INSTANCE = new QuoteExtractor(CueLexicon.load());
  }

  /** The quotes of {@code doc} in text order. Uses its tokens, sentences and entities if present. */
  public List<Quote> extract(Document doc) {
    return attribute(doc).stream().map(Attribution::quote).toList();
  }

  /** The quotes of {@code doc} with their attribution chains, in text order. */
  public List<Attribution> attribute(Document doc) {
    if (doc.text().isEmpty()) {
      return List.of();
    }
    return new QuoteRun(doc, cues).run();
  }

  /**
   * This extractor as the pipeline stage {@code quotes}: reads sentences and tokens (and the
   * entities, when an earlier stage found them: place it after {@code entities}), fills
   * {@code quotes}.
   */
  public Stage stage() {
    QuoteExtractor self = this;
    return new Stage() {
      @Override
      public String name() {
        return "quotes";
      }

      @Override
      public Set<String> requires() {
        return Set.of("sentences", "tokens");
      }

      @Override
      public String provides() {
        return "quotes";
      }

      @Override
      public Document apply(Document doc) {
        return doc.withQuotes(self.extract(doc));
      }
    };
  }

  /** Number of cue verb lemmas in the lexicon. */
  public int cueLemmas() {
    return cues.size();
  }
}
