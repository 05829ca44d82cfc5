package org.marsad.model;

/** A temporal expression with its TIMEX3 type and normalized value (e.g. {@code 2019-12-15TEV}). */
public record TimeExpression(String id, int start, int end, String text, TimeType type, String value) {
  public TimeExpression {
    new CharSpan(start, end);
  }
}
