package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.marsad.text.ArabicNormalizer;

class MentionSpansTest {
  private static final int B_PER = Labels.begin(EntityType.PER);
  private static final int I_PER = Labels.inside(EntityType.PER);
  private static final int B_LOC = Labels.begin(EntityType.LOC);
  private final WordClusters clusters = new WordClusters(Map.of(
      "اردوغان", new int[] {0, 0, 0, 0, 400}, "لاردوغان", new int[] {0, 0, 0, 0, 10},
      "لبنان", new int[] {0, 0, 0, 0, 900}, "بنان", new int[] {0, 0, 0, 0, 10},
      "الرياض", new int[] {0, 0, 0, 0, 700}));

  /** Tokens for the space-separated words of {@code text}, each a single stem. */
  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    for (String w : text.split(" ")) {
      int start = text.indexOf(w, i);
      out.add(new Token(start, start + w.length(), w, ArabicNormalizer.fold(w), TokenKind.ARABIC,
          List.of(new Segment(start, start + w.length(), w, SegmentKind.STEM))));
      i = start + w.length();
    }
    return out;
  }

  private List<String> mentions(String text, List<Token> tokens, int... labels) {
    List<EntityMention> out = new ArrayList<>();
    MentionSpans.collect(tokens, labels, new float[labels.length * Labels.COUNT], clusters, out);
    List<String> s = new ArrayList<>();
    for (EntityMention m : out) {
      s.add(m.type() + ":" + text.substring(m.start(), m.end()));
    }
    return s;
  }

  @Test
  void excludesTheTokenizersProcliticSegments() {
    String text = "قال لأردوغان";
    Token t = new Token(4, 12, "لأردوغان", "لاردوغان", TokenKind.ARABIC, List.of(
        new Segment(4, 5, "ل", SegmentKind.PROCLITIC),
        new Segment(5, 12, "أردوغان", SegmentKind.STEM)));
    List<Token> tokens = List.of(tokens(text).get(0), t);
    assertEquals(List.of("PER:أردوغان"), mentions(text, tokens, Labels.O, B_PER));
  }

  @Test
  void excludesAPrepositionTheTokenizerLeftAttachedWhenTheRestIsMoreFrequent() {
    String text = "قال لأردوغان";
    assertEquals(List.of("PER:أردوغان"), mentions(text, tokens(text), Labels.O, B_PER));
  }

  @Test
  void keepsALetterTheTokenizerSplitOffAShortWordOfAName() {
    String text = "المدرب فان جال";
    List<Token> plain = tokens(text);
    Token van = new Token(7, 10, "فان", "فان", TokenKind.ARABIC, List.of(
        new Segment(7, 8, "ف", SegmentKind.PROCLITIC),
        new Segment(8, 10, "ان", SegmentKind.STEM)));
    List<Token> tokens = List.of(plain.get(0), van, plain.get(2));
    assertEquals(List.of("PER:فان جال"), mentions(text, tokens, Labels.O, B_PER, I_PER));
  }

  @Test
  void keepsANameThatOnlyLooksCliticized() {
    String text = "في لبنان";
    assertEquals(List.of("LOC:لبنان"), mentions(text, tokens(text), Labels.O, B_LOC));
  }

  @Test
  void keepsTheArticleSegmentInTheMention() {
    String text = "وبالرياض";
    Token t = new Token(0, 8, text, text, TokenKind.ARABIC, List.of(
        new Segment(0, 1, "و", SegmentKind.PROCLITIC),
        new Segment(1, 2, "ب", SegmentKind.PROCLITIC),
        new Segment(2, 4, "ال", SegmentKind.PROCLITIC),
        new Segment(4, 8, "رياض", SegmentKind.STEM)));
    assertEquals(List.of("LOC:الرياض"), mentions(text, List.of(t), B_LOC));
  }

  @Test
  void keepsMultiTokenNamesWhole() {
    String text = "التقى رجب طيب أردوغان";
    assertEquals(List.of("PER:رجب طيب أردوغان"),
        mentions(text, tokens(text), Labels.O, B_PER, I_PER, I_PER));
  }

  @Test
  void splitsAdjacentMentionsAtABeginLabel() {
    String text = "أردوغان بوتين";
    assertEquals(List.of("PER:أردوغان", "PER:بوتين"),
        mentions(text, tokens(text), B_PER, B_PER));
  }

  @Test
  void excludesTheTitleBeforeTheName() {
    String text = "وزير الخارجية التركي مولود تشاووش أوغلو";
    assertEquals(List.of("PER:مولود تشاووش أوغلو"), mentions(text, tokens(text), Labels.O,
        Labels.O, Labels.O, B_PER, I_PER, I_PER));
  }
}
