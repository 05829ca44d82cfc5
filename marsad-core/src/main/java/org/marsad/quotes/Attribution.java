package org.marsad.quotes;

import java.util.List;
import org.marsad.model.Quote;

/**
 * A quote with its attribution chain, innermost first: the speaker, then whoever relays the
 * statement (a news agency, a statement's issuer). For {@code نقلت وكالة الأنباء عن مصدر مسؤول أن …}
 * the quote's speaker is {@code مصدر مسؤول} and the chain {@code [مصدر مسؤول, وكالة الأنباء]}; for
 * {@code بحسب بيان صادر عن الجيش} the speaker is the army and the chain {@code [e1, بيان]}. Chain
 * items are entity ids or texts, like speakers.
 */
public record Attribution(Quote quote, List<String> chain) {
  public Attribution {
    chain = List.copyOf(chain);
  }
}
