package org.marsad.model;

import java.util.List;

/** The loaded language of an article and how it labels each actor. */
public record Framing(List<LoadedTerm> loaded, List<ActorFraming> actors) {
  public static final Framing EMPTY = new Framing(List.of(), List.of());

  public Framing {
    loaded = List.copyOf(loaded);
    actors = List.copyOf(actors);
  }
}
