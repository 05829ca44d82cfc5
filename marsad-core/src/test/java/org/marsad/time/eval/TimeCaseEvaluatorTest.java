package org.marsad.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeCaseEvaluatorTest {
  @Test
  void scoresPerCategoryAndListsFailures() {
    List<TimeCaseEvaluator.TimeCase> cases = TimeCaseEvaluator.parse(List.of(
        "# comment",
        "relday\tقال الوزير أمس إن الحوار مستمر\t2019-12-15\tأمس\tDATE\t2019-12-14",
        "relday\tقال الوزير أمس إن الحوار مستمر\t2019-12-15\tأمس\tDATE\t2019-12-13",
        "negative\tقالت ماي إن بريطانيا ستغادر\t-\t-\t-\t-"), "test");
    TimeCaseEvaluator.Report r = TimeCaseEvaluator.evaluate(cases);
    assertEquals(3, r.overall().total());
    assertEquals(2, r.overall().passed());
    assertEquals(1, r.failures().size());
    assertEquals(0.5, r.categories().stream().filter(s -> s.category().equals("relday")).findFirst().orElseThrow().accuracy());
  }

  @Test
  void namesTheLineOfAMalformedCase() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimeCaseEvaluator.parse(List.of("relday\tأمس\t15/12/2019\tأمس\tDATE\tX"), "cases.tsv"));
    assertTrue(e.getMessage().startsWith("cases.tsv line 1:"), e.getMessage());
  }
}
