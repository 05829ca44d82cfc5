package org.marsad.time;

import java.time.LocalDate;
import org.marsad.model.TimeType;

/**
 * A rule's match over tokens {@code [from, to)}. A null {@code value} consumes the tokens without
 * emitting anything (an impossible date such as {@code 31 فبراير}). {@code day} is the resolved
 * calendar day when the match denotes one, so a following clock time can attach to it.
 */
record Match(int from, int to, TimeType type, String value, LocalDate day) {
  static Match of(int from, int to, TimeType type, String value) {
    return new Match(from, to, type, value, null);
  }

  static Match date(int from, int to, String value) {
    return new Match(from, to, TimeType.DATE, value, null);
  }

  static Match day(int from, int to, LocalDate day) {
    return new Match(from, to, TimeType.DATE, Anchor.day(day), day);
  }

  static Match rejected(int from, int to) {
    return new Match(from, to, TimeType.DATE, null, null);
  }

  int length() {
    return to - from;
  }
}
