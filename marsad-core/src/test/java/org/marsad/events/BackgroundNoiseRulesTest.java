package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;

/**
 * Specifications of words that look like triggers in the gold articles but are not events: a
 * three-letter verb beginning with ف read as the conjunction and a doubled verb.
 */
class BackgroundNoiseRulesTest {
  private static final EventCoder CODER = EventCoder.shared();

  private static List<Event> code(Docs d) {
    return CODER.code(d.build());
  }

  private static List<Event> root(List<Event> events, String root) {
    return events.stream().filter(e -> e.cameo().startsWith(root)).toList();
  }

  @Test
  void verbBeginningWithFaIsNotTheConjunctionBeforeADoubledVerb() {
    List<Event> events = code(Docs.of("هناك كميات من الحاويات تحوي لحوما ومواد غذائية فسدت"
        + " بسبب انقطاع التيار الكهربائي عن الميناء."));
    assertEquals(List.of(), root(events, "14"), "فسدت is 'went bad', not ف + سدت: " + events);
  }

  @Test
  void doubledVerbAfterWawIsStillTheVerb() {
    List<Event> events = code(Docs.of("وسدت قوات الأمن الطرق المؤدية إلى الساحة أمس."));
    assertEquals(1, root(events, "144").size(), "و + سدت is 'and blocked': " + events);
  }

  @Test
  void longerVerbAfterFaIsStillTheVerb() {
    List<Event> events = code(Docs.of("فاعتقلت الشرطة عشرة أشخاص في المدينة أمس."));
    assertTrue(!root(events, "17").isEmpty(), "ف + اعتقلت is 'and arrested': " + events);
  }
}
