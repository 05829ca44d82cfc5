package org.marsad.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.marsad.model.Document;
import org.marsad.model.TimeExpression;
import org.marsad.model.TimeType;
import org.marsad.time.ArabicTimeTagger;

/** Adapters from the analysis packages to pipeline stages. */
public final class AnalysisStages {
  /** A dateline is looked for in this many leading chars when no publication date is given. */
  static final int DATELINE_CHARS = 300;

  private AnalysisStages() {}

  /**
   * Times, resolved against the publication date; without one, against a full date in the
   * article's dateline (its first {@value #DATELINE_CHARS} chars), which then becomes the
   * document's {@code published}.
   */
  public static Stage times(ArabicTimeTagger tagger) {
    return new TextStages.Simple("times", Set.of(), doc -> {
      Document d = doc;
      LocalDate anchor = d.meta().published();
      if (anchor == null) {
        anchor = datelineDate(tagger, d.text());
        if (anchor != null) {
          d = d.withMeta(d.meta().withPublished(anchor));
        }
      }
      return d.withTimes(tagger.tag(d.text(), anchor));
    });
  }

  static LocalDate datelineDate(ArabicTimeTagger tagger, String text) {
    String head = text.substring(0, Math.min(text.length(), DATELINE_CHARS));
    List<TimeExpression> times = tagger.tag(head, null);
    for (TimeExpression t : times) {
      if (t.type() == TimeType.DATE && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(t.value());
      }
    }
    return null;
  }
}
