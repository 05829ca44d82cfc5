package org.marsad.ner;

import org.marsad.model.EntityType;

/**
 * How entity spans are coded as per-token labels for learning and decoding. {@link #BIO} is the
 * coding of {@link Labels} (identity); {@link #BILOU} (Ratinov and Roth 2009) adds {@code L-t}
 * for the last token of a multi-token span and {@code U-t} for a single-token span, so the
 * learner scores span ends as well as starts. A scheme's labels are {@code 0} for O and
 * {@code 1 + k * t + r} for type ordinal {@code t} and role {@code r} (B, I[, L, U]).
 * Conversions go through BIO label ids of {@link Labels}, the coding of gold files, mentions and
 * the scorer.
 */
public enum LabelScheme {
  BIO(2),
  BILOU(4);

  // Roles within a type's labels (enum constructors cannot read static fields, hence literals
  // where the constructor needs them).
  private static final int B = 0;
  private static final int I = 1;
  private static final int LAST = 2;
  private static final int UNIT = 3;

  private final int roles;
  private final boolean[] allowed;
  private final boolean[] mayEnd;

  LabelScheme(int roles) {
    this.roles = roles;
    int l = 1 + roles * EntityType.values().length;
    allowed = new boolean[(l + 1) * l];
    mayEnd = new boolean[l];
    for (int prev = -1; prev < l; prev++) {
      for (int y = 0; y < l; y++) {
        allowed[(prev + 1) * l + y] = allowedPair(roles, prev, y);
      }
    }
    for (int y = 0; y < l; y++) {
      mayEnd[y] = roles == 2 || y == 0 || (y - 1) % roles >= 2; // BILOU: L or U
    }
  }

  /** Number of labels, O included. */
  public int count() {
    return 1 + roles * EntityType.values().length;
  }

  private int role(int label) {
    return (label - 1) % roles;
  }

  private int typeOrdinal(int label) {
    return (label - 1) / roles;
  }

  private static boolean allowedPair(int roles, int prev, int y) {
    // Roles: 0 B, 1 I, 2 L, 3 U. I and L continue a span; B and I leave it open.
    boolean continues = y != 0 && ((y - 1) % roles == 1 || (y - 1) % roles == 2);
    boolean sameType = prev > 0 && (prev - 1) / roles == (y - 1) / roles;
    if (roles == 2) {
      return !continues || sameType;
    }
    boolean prevOpen = prev > 0 && (prev - 1) % roles <= 1;
    return prevOpen ? continues && sameType : !continues;
  }

  /** Whether {@code label} may follow {@code prev} ({@code -1}: sentence start). */
  public boolean allowed(int prev, int label) {
    return allowed[(prev + 1) * count() + label];
  }

  /** Whether a sentence may end with {@code label} (BILOU: not inside an open span). */
  public boolean mayEnd(int label) {
    return mayEnd[label];
  }

  /** The scheme's labels of a valid BIO sequence ({@link Labels} ids); {@code out} may be it. */
  public void fromBio(int[] bio, int n, int[] out) {
    for (int i = 0; i < n; i++) {
      int y = bio[i];
      if (y == Labels.O) {
        out[i] = 0;
        continue;
      }
      int t = Labels.type(y).ordinal();
      boolean next = i + 1 < n && Labels.isInside(bio[i + 1])
          && Labels.type(bio[i + 1]).ordinal() == t;
      int r;
      if (roles == 2) {
        r = Labels.isBegin(y) ? B : I;
      } else if (Labels.isBegin(y)) {
        r = next ? B : UNIT;
      } else {
        r = next ? I : LAST;
      }
      out[i] = 1 + roles * t + r;
    }
  }

  /** BIO labels ({@link Labels} ids) of a sequence in this scheme; {@code out} may be it. */
  public void toBio(int[] labels, int n, int[] out) {
    EntityType[] types = EntityType.values();
    for (int i = 0; i < n; i++) {
      int y = labels[i];
      if (y == 0) {
        out[i] = Labels.O;
        continue;
      }
      int r = role(y);
      EntityType t = types[typeOrdinal(y)];
      out[i] = r == B || r == UNIT ? Labels.begin(t) : Labels.inside(t);
    }
  }

  /** Whether {@code label} is O in every scheme. */
  public static boolean isOutside(int label) {
    return label == 0;
  }
}
