package org.marsad.model;

import java.util.List;

/**
 * An analyzed article: the {@code marsad/1} document. Immutable; each pipeline stage returns a
 * copy with its layer filled in through one of the {@code with...} methods.
 *
 * <p>All offsets are UTF-16 indices into {@link #text()}, the decoded original text.
 */
public record Document(DocumentMeta meta, String lang, String text, List<Sentence> sentences,
    List<Token> tokens, List<Entity> entities, List<TimeExpression> times, List<Event> events,
    List<Quote> quotes, Framing framing) {

  /** The version of the JSON contract this model serializes to. */
  public static final String SCHEMA = "marsad/1";

  public Document {
    if (meta == null || text == null) {
      throw new IllegalArgumentException("meta and text are required");
    }
    sentences = List.copyOf(sentences);
    tokens = tokens instanceof LazyTokenList ? tokens : List.copyOf(tokens);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    if (framing == null) {
      framing = Framing.EMPTY;
    }
  }

  /** A document with text only, before any analysis. */
  public static Document of(DocumentMeta meta, String text) {
    return new Document(meta, null, text, List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), Framing.EMPTY);
  }

  public Document withLang(String l) {
    return new Document(meta, l, text, sentences, tokens, entities, times, events, quotes, framing);
  }

  public Document withSentences(List<Sentence> s) {
    return new Document(meta, lang, text, s, tokens, entities, times, events, quotes, framing);
  }

  public Document withTokens(List<Token> t) {
    return new Document(meta, lang, text, sentences, t, entities, times, events, quotes, framing);
  }

  public Document withEntities(List<Entity> e) {
    return new Document(meta, lang, text, sentences, tokens, e, times, events, quotes, framing);
  }

  public Document withTimes(List<TimeExpression> t) {
    return new Document(meta, lang, text, sentences, tokens, entities, t, events, quotes, framing);
  }

  public Document withEvents(List<Event> e) {
    return new Document(meta, lang, text, sentences, tokens, entities, times, e, quotes, framing);
  }

  public Document withQuotes(List<Quote> q) {
    return new Document(meta, lang, text, sentences, tokens, entities, times, events, q, framing);
  }

  public Document withFraming(Framing f) {
    return new Document(meta, lang, text, sentences, tokens, entities, times, events, quotes, f);
  }

  public Document withMeta(DocumentMeta m) {
    return new Document(m, lang, text, sentences, tokens, entities, times, events, quotes, framing);
  }

  /** Tokens whose start lies in the given sentence, in order. */
  public List<Token> tokensOf(Sentence sentence) {
    int from = firstTokenAtOrAfter(sentence.start());
    int to = firstTokenAtOrAfter(sentence.end());
    return tokens.subList(from, to);
  }

  private int firstTokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
