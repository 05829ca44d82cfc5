package org.marsad.pipeline;

import java.util.Set;
import org.marsad.model.Document;

/**
 * One step of the analysis: takes a document and returns a copy with its layer filled in.
 * Implementations are thread-safe and hold their heavy resources (models, lexicons) once.
 */
public interface Stage {
  /** Short name used in messages and configuration, e.g. {@code "tokens"}. */
  String name();

  /** Layers this stage reads (names of earlier stages' outputs). */
  default Set<String> requires() {
    return Set.of();
  }

  /** The layer this stage fills in. */
  String provides();

  Document apply(Document doc);
}
