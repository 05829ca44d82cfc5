package org.marsad.cli;

import java.util.Locale;

/** Parses sizes such as {@code 20MB}, {@code 512KB}, {@code 1000}. */
final class Sizes {
  private Sizes() {}

  static long parse(String value, String option) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (v.endsWith("GB")) {
      unit = 1L << 30;
    } else if (v.endsWith("MB")) {
      unit = 1L << 20;
    } else if (v.endsWith("KB")) {
      unit = 1L << 10;
    }
    String digits = unit == 1 ? (v.endsWith("B") ? v.substring(0, v.length() - 1) : v)
        : v.substring(0, v.length() - 2);
    try {
      long n = Long.parseLong(digits.strip());
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return Math.multiplyExact(n, unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new UsageException(option + ": '" + value + "' is not a size (e.g. 20MB, 512KB)");
    }
  }
}
