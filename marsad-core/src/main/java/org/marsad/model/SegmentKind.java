package org.marsad.model;

/** The role of a piece of a clitic-segmented word. */
public enum SegmentKind {
  /** A conjunction, preposition, future marker or article attached before the stem (و ف ب ك ل س ال). */
  PROCLITIC,
  /** The word's core, carrying its meaning. */
  STEM,
  /** An attached object or possessive pronoun (ه ها هم ...). */
  ENCLITIC
}
