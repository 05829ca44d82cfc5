package org.marsad.model;

/** How a mention refers to its entity: by name, by title or role, or by a common noun. */
public enum MentionKind {
  NAME,
  TITLE,
  NOMINAL
}
