package org.marsad.internal.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerbFormsTest {
  @Test
  void pastAndPresentInEveryPersonAndNumber() {
    List<String> forms = VerbForms.inflections("دمر", "يدمر", "-");
    for (String f : List.of("دمر", "دمرت", "دمروا", "دمرتا", "دمرا", "يدمر", "تدمر", "ندمر", "ادمر",
        "يدمرون", "تدمرون", "يدمران", "تدمران")) {
      assertTrue(forms.contains(f), f);
    }
  }

  @Test
  void defectiveVerbsDropTheirFinalLetterBeforeSuffixes() {
    List<String> forms = VerbForms.inflections("نفى", "ينفي", "-");
    assertTrue(forms.containsAll(List.of("نفي", "نفت", "نفوا", "نفيا", "ينفي", "تنفي")));
    assertFalse(forms.contains("ينفيون"), "no ون after a final ي");
  }

  @Test
  void formsAreFoldedAndADashSkipsAPart() {
    assertEquals(List.of("يثمن", "تثمن", "نثمن", "اثمن", "يثمنون", "يثمنان", "تثمنون", "تثمنان"),
        VerbForms.inflections("-", "يثمن", "-"));
    assertTrue(VerbForms.inflections("أشعل", "-", "-").contains("اشعلت"));
    assertEquals(List.of("مضيفا", "مضيفه", "مضيفين"), VerbForms.inflections("-", "-", "مضيف"));
  }
}
