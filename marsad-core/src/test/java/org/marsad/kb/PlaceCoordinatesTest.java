package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PlaceCoordinatesTest {

  @Test
  void shippedTableHasMenaCitiesAndCapitalsWorldWideKeyedByKbIds() {
    PlaceCoordinates c = PlaceCoordinates.shared();
    KnowledgeBase kb = KnowledgeBase.shared();
    PlaceCoordinates.LatLon istanbul = c.get("marsad:place/TUR/istanbul");
    assertNotNull(istanbul);
    assertEquals(41.0, istanbul.lat(), 0.2);
    assertEquals(29.0, istanbul.lon(), 0.2);
    // the two Tripolis are told apart by country
    assertEquals(13.2, c.get("marsad:place/LBY/tripoli").lon(), 0.2);
    assertEquals(35.8, c.get("marsad:place/LBN/tripoli").lon(), 0.2);
    // a capital outside the region; Washington is the capital, not one of its namesakes
    assertEquals(-77.0, c.get("marsad:place/USA/washington").lon(), 0.2);
    assertTrue(c.size() > 800, "coordinates for " + c.size() + " places");
    for (String id : new String[] {"marsad:place/TUR/istanbul", "marsad:place/EGY/cairo"}) {
      assertNotNull(kb.get(id), id + " is a KB id");
    }
  }

  @Test
  void placesOutsideTheTableFallBackToTheirKbEntryElseNone() {
    PlaceCoordinates c = PlaceCoordinates.shared();
    KnowledgeBase kb = KnowledgeBase.shared();
    assertNull(c.of("marsad:place/PSE/west-bank", kb), "a region with no point");
    assertNull(c.of("no:such-id", kb));
    assertNotNull(c.of("marsad:place/EGY/cairo", kb));
  }

  @Test
  void badLinesAreRejectedWithTheirLineNumber() {
    var e = assertThrows(IllegalStateException.class, () -> PlaceCoordinates.parse(
        new BufferedReader(new StringReader("# c\nid\tlat\tlon\nx\t95\t10\n")), "t.tsv"));
    assertTrue(e.getMessage().startsWith("t.tsv:3:"), e.getMessage());
    assertEquals(1, assertDoesNotThrowSize("id\tlat\tlon\nx\t1.5\t-2\n"));
  }

  private static int assertDoesNotThrowSize(String text) {
    try {
      return PlaceCoordinates.parse(new BufferedReader(new StringReader(text)), "t").size();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
