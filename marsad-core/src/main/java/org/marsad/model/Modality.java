package org.marsad.model;

import java.util.Locale;

/** Whether an event is reported as happening, denied, possible or planned. */
public enum Modality {
  ASSERTED,
  NEGATED,
  HYPOTHETICAL,
  FUTURE;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
