package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CameoTableTest {
  private final CameoTable t = CameoTable.shared();

  @Test
  void meetingsAreVerbalCooperationConsults() {
    assertEquals("CONSULT", t.plover("043"));
    assertEquals("host", t.mode("043"));
    assertEquals(1, t.quadClass("043"));
    assertEquals(2.8, t.goldstein("043"));
  }

  @Test
  void subCodesFallBackToTheirRoot() {
    assertEquals("ASSAULT", t.plover("1823"));
    assertEquals("kill", t.mode("1823"));
    assertEquals(-9.0, t.goldstein("1823"));
    assertEquals("PROTEST", t.plover("1411"));
    assertEquals(-6.5, t.goldstein("1411"));
  }

  @Test
  void quadClassFollowsGdelt() {
    assertEquals(1, t.quadClass("057"));
    assertEquals(2, t.quadClass("073"));
    assertEquals(3, t.quadClass("112"));
    assertEquals(4, t.quadClass("145"));
    assertEquals(0, t.quadClass("X1"));
  }

  @Test
  void plainStatementsHaveNoPloverType() {
    assertNull(t.plover("010"));
    assertEquals(0.0, t.goldstein("010"));
  }
}
