package org.marsad.events;

import org.marsad.model.EntityType;
import org.marsad.model.EventArgument;

/**
 * A candidate event argument in one sentence: a linked entity's mention(s) or a nominal group
 * with a sector code. Token indices are sentence-local, {@code [from, to)}.
 */
final class Actor {
  int from;
  int to;
  int start;
  int end;
  final String entity;
  final EntityType type;
  String code;
  final boolean named;
  boolean country;
  /** The preposition right before the actor (folded), {@code "BY"} for من قبل / على يد, or "". */
  String prep = "";
  String text;

  Actor(int from, int to, int start, int end, String entity, EntityType type, String code,
      boolean named) {
    this.from = from;
    this.to = to;
    this.start = start;
    this.end = end;
    this.entity = entity;
    this.type = type;
    this.code = code;
    this.named = named;
  }

  EventArgument argument() {
    return new EventArgument(entity, text, code);
  }

  /** Identity for merging events: the entity, else the text. */
  String key() {
    return entity != null ? entity : "~" + Words.fold(text);
  }

  @Override
  public String toString() {
    return text + "[" + from + "," + to + ")" + (code == null ? "" : ":" + code);
  }
}
