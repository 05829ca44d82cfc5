package org.marsad.ner.train;

/**
 * Labelled toy sentences for trainer tests, "قال الرئيس NAME في CITY ." and "وصل NAME إلى CITY .",
 * in which every name and city is a different made-up word, so only the context tells them apart.
 */
final class ToyNews {
  static final String[] FIRST = {"سا", "كر", "نا", "فا", "را", "ها", "زي", "مو", "طا"};
  static final String[] SECOND = {"مي", "يم", "در", "دي", "شد", "ني", "اد", "سى"};

  private ToyNews() {}

  /** Appends toy sentence {@code i} in CoNLL form (one token and label per line, blank after). */
  static void appendSentence(StringBuilder b, int i) {
    String name = FIRST[i % 9] + SECOND[i % 8] + "ل";
    String city = "ب" + SECOND[(i + 3) % 8] + FIRST[(i + 5) % 9];
    if (i % 2 == 0) {
      b.append("قال O\nالرئيس O\n").append(name).append(" B-PERS\nفي O\n");
    } else {
      b.append("وصل O\n").append(name).append(" B-PERS\nإلى O\n");
    }
    b.append(city).append(" B-LOC\n. O\n\n");
  }
}
