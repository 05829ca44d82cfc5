package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

class LabelPriorTest {
  private static final int PER = EntityType.PER.ordinal();
  private static final int LOC = EntityType.LOC.ordinal();

  private static int[] counts(int per, int loc) {
    int[] c = new int[EntityType.values().length];
    c[PER] = per;
    c[LOC] = loc;
    return c;
  }

  @Test
  void fiveLevelsCutTheTaggingRateAt10And30And60Percent() {
    int packed = LabelPrior.pack(100, counts(60, 9));
    assertEquals(4, LabelPrior.level(packed, PER));
    assertEquals(1, LabelPrior.level(packed, LOC));
    assertEquals(0, LabelPrior.level(packed, EntityType.ORG.ordinal()));
    assertEquals(2, LabelPrior.level(LabelPrior.pack(100, counts(10, 0)), PER));
    assertEquals(3, LabelPrior.level(LabelPrior.pack(100, counts(59, 0)), PER));
    assertEquals(0, LabelPrior.confidence(packed), "no count bucket unless asked for");
  }

  @Test
  void shrinkingLowersTheRateOfARarelySeenWordMoreThanOfAFrequentOne() {
    // Both tagged as persons in every occurrence
    int rare = LabelPrior.pack(2, counts(2, 0), 2, false, false);
    int frequent = LabelPrior.pack(200, counts(200, 0), 2, false, false);
    assertEquals(3, LabelPrior.level(rare, PER), "2 / (2 + 2) = 0.5");
    assertEquals(4, LabelPrior.level(frequent, PER), "200 / 202");
  }

  @Test
  void fineLevelsSplitTheRateInNine() {
    assertEquals(1, LabelPrior.level(LabelPrior.pack(100, counts(1, 0), 0, true, false), PER));
    assertEquals(2, LabelPrior.level(LabelPrior.pack(100, counts(2, 0), 0, true, false), PER));
    assertEquals(5, LabelPrior.level(LabelPrior.pack(100, counts(25, 0), 0, true, false), PER));
    assertEquals(8, LabelPrior.level(LabelPrior.pack(100, counts(79, 0), 0, true, false), PER));
    assertEquals(9, LabelPrior.level(LabelPrior.pack(100, counts(80, 0), 0, true, false), PER));
  }

  @Test
  void confidenceIsALog2BucketOfTheOccurrencesApartFromTheLevels() {
    assertEquals(1, LabelPrior.confidence(LabelPrior.pack(1, counts(1, 0), 0, false, true)));
    assertEquals(2, LabelPrior.confidence(LabelPrior.pack(3, counts(1, 0), 0, false, true)));
    assertEquals(7, LabelPrior.confidence(LabelPrior.pack(100, counts(0, 0), 0, false, true)));
    assertEquals(15, LabelPrior.confidence(LabelPrior.pack(1 << 20, counts(0, 0), 0, false, true)));
    int packed = LabelPrior.pack(100, counts(60, 9), 0, false, true);
    assertEquals(4, LabelPrior.level(packed, PER));
    assertEquals(1, LabelPrior.level(packed, LOC));
    // Summed over three taggers: the rates are the means, the bucket counts occurrences once
    int three = LabelPrior.pack(300, counts(180, 27), 0, false, true, 100);
    assertEquals(packed, three);
  }
}
