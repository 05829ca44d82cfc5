package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KbLexiconTest {
  private final List<String> lines = KbLexicon.lines();

  @Test
  void takesPeopleWithAllTheirForms() {
    assertTrue(lines.contains("PER\tرجب طيب أردوغان"));
    assertTrue(lines.contains("PER\tأردوغان"));
  }

  @Test
  void takesCountriesAndGivenNames() {
    assertTrue(lines.contains("LOC\tأفغانستان"));
    assertTrue(lines.contains("GIVEN\tمحمد"));
  }

  @Test
  void turnsRoleTitleTemplatesIntoPersonTriggers() {
    assertTrue(lines.contains("T_PER\tوزير الخارجية"), "الرئيس {m} loses its placeholder");
  }

  @Test
  void isAValidLexicon() {
    assertTrue(new Lexicon(lines, LightSegmenter.INSTANCE).size() > 5000);
  }
}
