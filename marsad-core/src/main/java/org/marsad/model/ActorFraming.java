package org.marsad.model;

import java.util.List;

/** How the article labels one actor: a score (negative = delegitimized) and the terms used. */
public record ActorFraming(String entity, double score, List<String> terms) {
  public ActorFraming {
    terms = List.copyOf(terms);
  }
}
