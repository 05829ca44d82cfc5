package org.marsad.model;

import java.time.LocalDate;

/**
 * What is known about an article besides its text. Any field but {@code id} may be null.
 *
 * @param id stable document id (given by the caller, else derived from url or content)
 * @param published publication date, the anchor for relative times ("أمس")
 */
public record DocumentMeta(String id, LocalDate published, String title, String url, String source) {
  public DocumentMeta withId(String newId) {
    return new DocumentMeta(newId, published, title, url, source);
  }

  public DocumentMeta withPublished(LocalDate date) {
    return new DocumentMeta(id, date, title, url, source);
  }

  public DocumentMeta withTitle(String newTitle) {
    return new DocumentMeta(id, published, newTitle, url, source);
  }
}
