package org.marsad.model;

/** A loaded word or phrase of the article with its framing category. */
public record LoadedTerm(int start, int end, String text, String category) {
  public LoadedTerm {
    new CharSpan(start, end);
  }
}
