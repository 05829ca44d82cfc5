package org.marsad.ner.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.ner.Labels;

class NerScorerTest {
  private static final int O = Labels.O;
  private static final int BP = Labels.begin(EntityType.PER);
  private static final int IP = Labels.inside(EntityType.PER);
  private static final int BL = Labels.begin(EntityType.LOC);

  @Test
  void countsOnlyExactSpansWithTheRightType() {
    NerScorer s = new NerScorer();
    s.add(new int[] {BP, IP, O, BL}, new int[] {BP, O, O, BL}, 4);
    assertEquals(new Counts(0, 1, 1), s.counts(EntityType.PER));
    assertEquals(new Counts(1, 0, 0), s.counts(EntityType.LOC));
    assertEquals(new Counts(1, 1, 1), s.micro());
  }

  @Test
  void computesPrecisionRecallAndF1() {
    Counts c = new Counts(3, 1, 2);
    assertEquals(0.75, c.precision(), 1e-9);
    assertEquals(0.6, c.recall(), 1e-9);
    assertEquals(2 * 0.75 * 0.6 / 1.35, c.f1(), 1e-9);
    assertEquals(0, new Counts(0, 0, 0).f1());
  }

  @Test
  void printsTheJsonOfTheIssue() {
    NerScorer s = new NerScorer();
    s.add(new int[] {BP, O}, new int[] {BP, BL}, 2);
    NerReport r = new NerReport("g", s.micro(), s.byType(), 1, 2, 0, 0);
    String json = r.toJson();
    assertEquals(true, json.startsWith("{\"micro\": {\"precision\": 0.5000, \"recall\": 1.0000,"
        + " \"f1\": 0.6667, \"tp\": 1, \"fp\": 1, \"fn\": 0}, \"types\": {\"PERS\": "), json);
    assertEquals(true, json.contains("\"LOC\": {\"precision\": 0.0000, \"recall\": 0.0000,"
        + " \"f1\": 0.0000, \"tp\": 0, \"fp\": 1, \"fn\": 0}"), json);
  }
}
