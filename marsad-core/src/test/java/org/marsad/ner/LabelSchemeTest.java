package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.model.Segment;
import org.marsad.model.SegmentKind;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;

class LabelSchemeTest {
  private static final int O = Labels.O;
  private static final int B_PER = Labels.begin(EntityType.PER);
  private static final int I_PER = Labels.inside(EntityType.PER);
  private static final int B_LOC = Labels.begin(EntityType.LOC);
  private static final int I_LOC = Labels.inside(EntityType.LOC);

  /** BILOU ids: 1 + 4 * type + role (B 0, I 1, L 2, U 3). */
  private static int bilou(EntityType t, int role) {
    return 1 + 4 * t.ordinal() + role;
  }

  @Test
  void bioIsTheLabelsCodingItself() {
    assertEquals(Labels.COUNT, LabelScheme.BIO.count());
    int[] bio = {B_PER, I_PER, O, B_LOC, B_LOC, I_LOC};
    int[] coded = new int[bio.length];
    LabelScheme.BIO.fromBio(bio, bio.length, coded);
    assertArrayEquals(bio, coded);
    for (int prev = -1; prev < Labels.COUNT; prev++) {
      for (int y = 0; y < Labels.COUNT; y++) {
        assertEquals(Labels.allowed(prev, y), LabelScheme.BIO.allowed(prev, y));
      }
    }
  }

  @Test
  void bilouMarksLastTokensAndSingleTokenMentions() {
    // رجب طيب أردوغان في أنقرة وإسطنبول
    int[] bio = {B_PER, I_PER, I_PER, O, B_LOC, B_LOC, I_LOC};
    int[] coded = new int[bio.length];
    LabelScheme.BILOU.fromBio(bio, bio.length, coded);
    assertArrayEquals(new int[] {bilou(EntityType.PER, 0), bilou(EntityType.PER, 1),
        bilou(EntityType.PER, 2), O, bilou(EntityType.LOC, 3), bilou(EntityType.LOC, 0),
        bilou(EntityType.LOC, 2)}, coded);
    assertEquals(17, LabelScheme.BILOU.count());
  }

  @Test
  void bilouGoesBackToTheSameBio() {
    int[] bio = {B_PER, I_PER, I_PER, O, B_LOC, B_LOC, I_LOC, B_PER};
    int[] coded = new int[bio.length];
    LabelScheme.BILOU.fromBio(bio, bio.length, coded);
    LabelScheme.BILOU.toBio(coded, coded.length, coded);
    assertArrayEquals(bio, coded);
  }

  @Test
  void bilouAllowsOnlyWellFormedSpans() {
    LabelScheme s = LabelScheme.BILOU;
    int bPer = bilou(EntityType.PER, 0);
    int iPer = bilou(EntityType.PER, 1);
    int lPer = bilou(EntityType.PER, 2);
    int uPer = bilou(EntityType.PER, 3);
    int lLoc = bilou(EntityType.LOC, 2);
    assertTrue(s.allowed(-1, bPer));
    assertTrue(s.allowed(-1, uPer));
    assertFalse(s.allowed(-1, iPer), "no continuation at the sentence start");
    assertTrue(s.allowed(bPer, lPer));
    assertTrue(s.allowed(iPer, iPer));
    assertFalse(s.allowed(bPer, O), "an open span must be closed by L");
    assertFalse(s.allowed(bPer, lLoc), "nor by another type's L");
    assertFalse(s.allowed(lPer, iPer), "a closed span cannot continue");
    assertTrue(s.allowed(uPer, bPer));
    assertFalse(s.mayEnd(bPer));
    assertFalse(s.mayEnd(iPer));
    assertTrue(s.mayEnd(lPer));
    assertTrue(s.mayEnd(O));
  }

  @Test
  void mentionsDecodedUnderBilouExcludeProcliticsAndKeepMultiTokenNames() {
    // "قال لرجب طيب أردوغان" with the tokenizer's proclitic segment on the first name token.
    String text = "قال لرجب طيب أردوغان";
    List<Token> tokens = List.of(
        new Token(0, 3, "قال", "قال", TokenKind.ARABIC,
            List.of(new Segment(0, 3, "قال", SegmentKind.STEM))),
        new Token(4, 8, "لرجب", "لرجب", TokenKind.ARABIC, List.of(
            new Segment(4, 5, "ل", SegmentKind.PROCLITIC),
            new Segment(5, 8, "رجب", SegmentKind.STEM))),
        new Token(9, 12, "طيب", "طيب", TokenKind.ARABIC,
            List.of(new Segment(9, 12, "طيب", SegmentKind.STEM))),
        new Token(13, 20, "أردوغان", "اردوغان", TokenKind.ARABIC,
            List.of(new Segment(13, 20, "أردوغان", SegmentKind.STEM))));
    int[] labels = {O, bilou(EntityType.PER, 0), bilou(EntityType.PER, 1),
        bilou(EntityType.PER, 2)};
    LabelScheme.BILOU.toBio(labels, labels.length, labels);
    List<EntityMention> out = new ArrayList<>();
    MentionSpans.collect(tokens, labels, new float[labels.length * Labels.COUNT],
        new WordClusters(Map.of()), out);
    assertEquals(1, out.size());
    assertEquals(EntityType.PER, out.get(0).type());
    assertEquals("رجب طيب أردوغان", text.substring(out.get(0).start(), out.get(0).end()));
  }
}
