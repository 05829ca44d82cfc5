package org.marsad.pipeline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parses publication dates as news feeds write them: {@code 2019-12-15},
 * {@code 2019-12-15T10:00:00Z}, {@code 2019-12-15T10:00:00+03:00}, {@code 2019-12-15 10:00:00}.
 * The date part is kept as written (no time-zone shift), since it is the local publication day.
 */
public final class PublishedDates {
  private PublishedDates() {}

  /**
   * @throws IllegalArgumentException naming the value when it is not such a date
   */
  public static LocalDate parse(String value) {
    String v = value == null ? "" : value.strip();
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v);
      }
      if (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
        LocalDate d = LocalDate.parse(v.substring(0, 10));
        if (v.charAt(10) == 'T' && (v.endsWith("Z") || v.lastIndexOf('+') > 10 || v.lastIndexOf('-') > 10)) {
          OffsetDateTime.parse(v); // validate the rest
        }
        return d;
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + value + "' is not a valid date (expected YYYY-MM-DD)", e);
    }
    throw new IllegalArgumentException("'" + value + "' is not a valid date (expected YYYY-MM-DD)");
  }
}
