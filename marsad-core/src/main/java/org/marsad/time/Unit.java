package org.marsad.time;

/** Calendar units of durations and relative references, with their ISO-8601 duration letters. */
enum Unit {
  SECOND("PT", "S"),
  MINUTE("PT", "M"),
  HOUR("PT", "H"),
  DAY("P", "D"),
  WEEK("P", "W"),
  MONTH("P", "M"),
  YEAR("P", "Y"),
  DECADE("P", "DE"),
  CENTURY("P", "CE");

  private final String prefix;
  private final String letter;

  Unit(String prefix, String letter) {
    this.prefix = prefix;
    this.letter = letter;
  }

  /** {@code P3D}, {@code PT48H}, {@code P1.5Y}; a null amount gives the unspecified {@code PXD}. */
  String duration(String amount) {
    return prefix + (amount == null ? "X" : amount) + letter;
  }

  boolean subDay() {
    return this == SECOND || this == MINUTE || this == HOUR;
  }
}
