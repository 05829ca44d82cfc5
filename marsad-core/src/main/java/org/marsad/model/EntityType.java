package org.marsad.model;

/** Entity classes of the {@code marsad/1} contract. */
public enum EntityType {
  PER,
  ORG,
  LOC,
  MISC
}
