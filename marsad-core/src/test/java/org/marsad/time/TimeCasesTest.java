package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.marsad.time.eval.TimeCaseEvaluator;
import org.marsad.time.eval.TimeCaseEvaluator.Outcome;
import org.marsad.time.eval.TimeCaseEvaluator.TimeCase;

/** Runs every line of {@code time-cases.tsv} as its own test, named by the case. */
class TimeCasesTest {
  static List<TimeCase> cases() throws IOException {
    try (InputStream in = TimeCasesTest.class.getResourceAsStream("time-cases.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return TimeCaseEvaluator.parse(Arrays.asList(text.split("\n")), "time-cases.tsv");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCaseYieldsTheExpectedValue() throws IOException {
    ArabicTimeTagger tagger = ArabicTimeTagger.shared();
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Outcome o = TimeCaseEvaluator.check(tagger, c);
      assertTrue(o.passed(), () -> c.sentence() + "\n expected: " + c.text() + " | " + c.type() + " | " + c.value() + "\n got: " + o.actual());
    }));
  }

  @Test
  void theSuiteHasAtLeast320CasesCoveringEveryCategory() throws IOException {
    List<TimeCase> cases = cases();
    assertTrue(cases.size() >= 320, "only " + cases.size() + " cases");
    for (String category : List.of("numeric", "named", "levant", "maghreb", "ordinal", "yearless", "range", "year", "hijri",
        "relday", "weekday", "daypart", "relunit", "edge", "ago", "season", "quarter", "decade", "duration", "clock", "set",
        "vague", "clitic", "nopub", "invalid", "negative")) {
      assertTrue(cases.stream().anyMatch(c -> c.category().equals(category)), "no case for " + category);
    }
  }
}
