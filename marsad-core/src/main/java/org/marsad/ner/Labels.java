package org.marsad.ner;

import org.marsad.model.EntityType;

/**
 * The BIO label coding: {@code O} is 0, {@code B-t} is {@code 1 + 2t} and {@code I-t} is
 * {@code 2 + 2t} with {@code t} the ordinal of the {@link EntityType}.
 */
public final class Labels {
  /** Number of labels. */
  public static final int COUNT = 1 + 2 * EntityType.values().length;
  public static final int O = 0;
  private static final EntityType[] TYPES = EntityType.values();

  private Labels() {}

  public static int begin(EntityType t) {
    return 1 + 2 * t.ordinal();
  }

  public static int inside(EntityType t) {
    return 2 + 2 * t.ordinal();
  }

  public static boolean isBegin(int label) {
    return label != O && (label & 1) == 1;
  }

  public static boolean isInside(int label) {
    return label != O && (label & 1) == 0;
  }

  /** The type of a B or I label. */
  public static EntityType type(int label) {
    return TYPES[(label - 1) / 2];
  }

  /** Whether {@code label} may follow {@code prev} ({@code -1} = sentence start) in valid BIO. */
  public static boolean allowed(int prev, int label) {
    if (!isInside(label)) {
      return true;
    }
    return prev > 0 && type(prev) == type(label);
  }

  /** The ANERcorp / CoNLL spelling, {@code PERS} for persons as in ANERcorp. */
  public static String name(int label) {
    if (label == O) {
      return "O";
    }
    return (isBegin(label) ? "B-" : "I-") + typeName(type(label));
  }

  /** {@code PERS}, {@code LOC}, {@code ORG} or {@code MISC}: the ANERcorp spelling of a type. */
  public static String typeName(EntityType t) {
    return t == EntityType.PER ? "PERS" : t.name();
  }

  /** Parses {@code PER}/{@code PERS}, {@code LOC}, {@code ORG}, {@code MISC}; null if unknown. */
  public static EntityType parseType(String s) {
    switch (s) {
      case "PER":
      case "PERS":
        return EntityType.PER;
      case "LOC":
        return EntityType.LOC;
      case "ORG":
        return EntityType.ORG;
      case "MISC":
        return EntityType.MISC;
      default:
        return null;
    }
  }
}
