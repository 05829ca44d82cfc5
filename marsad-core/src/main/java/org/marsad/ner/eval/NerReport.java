package org.marsad.ner.eval;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.marsad.model.EntityType;
import org.marsad.ner.Labels;

/**
 * Result of evaluating a tagger on a gold CoNLL file.
 *
 * @param gold the file evaluated
 * @param micro counts over all types
 * @param types counts per type
 * @param sentences sentences read
 * @param tokens tokens tagged
 * @param repairs mismatched BIO labels in the gold file read as B- (see {@link ConllReader})
 * @param seconds wall time spent tagging (feature extraction and decoding)
 */
public record NerReport(String gold, Counts micro, Map<EntityType, Counts> types, int sentences,
    int tokens, int repairs, double seconds) {
  public NerReport {
    types = new EnumMap<>(types);
  }

  public double tokensPerSecond() {
    return seconds == 0 ? 0 : tokens / seconds;
  }

  /** The JSON: micro and per-type precision, recall, F1 and counts (PER as PERS). */
  public String toJson() {
    StringBuilder b = new StringBuilder();
    b.append("{\"micro\": ").append(micro.toJson()).append(", \"types\": {");
    String sep = "";
    for (EntityType t : new EntityType[] {EntityType.PER, EntityType.LOC, EntityType.ORG,
        EntityType.MISC}) {
      b.append(sep).append('"').append(Labels.typeName(t)).append("\": ")
          .append(types.get(t).toJson());
      sep = ", ";
    }
    b.append("}, \"sentences\": ").append(sentences).append(", \"tokens\": ").append(tokens)
        .append(", \"bio_repairs\": ").append(repairs).append('}');
    return b.toString();
  }

  /** A plain-text table. */
  public String format() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "NER evaluation on %s: %d sentences, %d tokens%n", gold,
        sentences, tokens));
    if (repairs > 0) {
      b.append(String.format(Locale.ROOT,
          "warning: %d gold I- labels did not continue a mention and were read as B-%n", repairs));
    }
    b.append(String.format(Locale.ROOT, "%-6s %9s %9s %9s %6s %6s %6s%n", "type", "precision",
        "recall", "F1", "tp", "fp", "fn"));
    for (EntityType t : new EntityType[] {EntityType.PER, EntityType.LOC, EntityType.ORG,
        EntityType.MISC}) {
      row(b, Labels.typeName(t), types.get(t));
    }
    row(b, "micro", micro);
    if (seconds > 0) {
      b.append(String.format(Locale.ROOT, "speed: %,.0f tokens/s (one pass, cold JIT; see"
          + " 'marsad bench ner' for warmed-up figures)%n", tokensPerSecond()));
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String name, Counts c) {
    b.append(String.format(Locale.ROOT, "%-6s %9.4f %9.4f %9.4f %6d %6d %6d%n", name,
        c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn()));
  }
}
