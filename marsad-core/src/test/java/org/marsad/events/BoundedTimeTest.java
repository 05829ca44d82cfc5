package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;
import org.marsad.model.Event;

class BoundedTimeTest {
  /** A 10,000-token "sentence" (an unsplit list) is coded in bounded, linear time. */
  @Test
  void tenThousandTokenSentenceIsCodedQuickly() {
    StringBuilder b = new StringBuilder();
    String[] words = {"قتل", "مسلحون", "مدنيين", "في", "المدينة", "و", "اعتقلت", "الشرطة",
        "المتظاهرين", "و", "قال", "الجيش", "إن", "الطيران", "قصف", "مواقع", "المسلحين", "و"};
    int tokens = 0;
    while (tokens < 10_000) {
      b.append(words[tokens % words.length]).append(' ');
      tokens++;
    }
    Document doc = Docs.of(b.toString()).build();
    assertTrue(doc.tokens().size() >= 10_000);
    assertTrue(doc.sentences().size() == 1);
    List<Event> events = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> EventCoder.shared().code(doc));
    assertFalse(events.isEmpty());
  }
}
