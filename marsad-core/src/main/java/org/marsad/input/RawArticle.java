package org.marsad.input;

import java.util.List;

/**
 * An article read from a file or stream, before analysis: the decoded text plus whatever metadata
 * the container gave (any may be null), and warnings about the input.
 */
public record RawArticle(String text, String title, String url, String published, String source,
    List<String> warnings) {
  public RawArticle {
    warnings = List.copyOf(warnings);
  }
}
