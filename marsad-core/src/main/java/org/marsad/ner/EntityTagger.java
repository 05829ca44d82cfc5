package org.marsad.ner;

import java.util.List;
import org.marsad.model.Document;
import org.marsad.model.EntityMention;

/**
 * Finds named-entity mentions in a tokenized document.
 *
 * <p>Implementations are thread-safe. Mentions are in text order, with UTF-16 offsets into
 * {@link Document#text()}; attached proclitics (و، ف، ب، ل، ك، لل) are excluded from them.
 */
public interface EntityTagger {
  /** Tags every sentence of {@code doc}, which must carry sentences and tokens. */
  List<EntityMention> tag(Document doc);
}
