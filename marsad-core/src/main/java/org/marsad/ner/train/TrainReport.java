package org.marsad.ner.train;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.model.EntityType;
import org.marsad.ner.Labels;
import org.marsad.ner.eval.Counts;

/**
 * What {@code marsad train ner} did: cross-validated F1 per epoch on the training split, the
 * epoch count chosen, per-type CV counts at that epoch, and the model written.
 *
 * @param cvMicroF1 pooled micro F1 over the folds after each epoch (index 0 = epoch 1)
 * @param epochs the epoch count chosen (best CV F1) and used for the final model
 * @param cvTypes pooled per-type counts over the folds at {@code epochs}
 */
public record TrainReport(String model, long modelBytes, int sentences, int tokens, int folds,
    List<Double> cvMicroF1, int epochs, Counts cvMicro, Map<EntityType, Counts> cvTypes,
    double seconds, Map<String, String> provenance) {
  public TrainReport {
    cvMicroF1 = List.copyOf(cvMicroF1);
    cvTypes = Map.copyOf(cvTypes);
    provenance = Map.copyOf(provenance);
  }

  public String format() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "trained on %d sentences, %d tokens in %.1f s%n",
        sentences, tokens, seconds));
    boolean two = provenance.containsKey("stage2");
    if (provenance.containsKey("self_training")) {
      b.append("self-training: ").append(provenance.get("self_training")).append('\n');
    }
    if (two) {
      b.append("first stage: ").append(provenance.get("config").replaceAll(".* epochs=", "epochs="))
          .append(", CV micro F1 ").append(provenance.get("cv_micro_f1"))
          .append("\nsecond stage (the figures below): ").append(provenance.get("stage2"))
          .append("\nsecond-stage CV micro F1 by document window: ")
          .append(provenance.get("stage2_cv_f1_by_window")).append('\n');
    }
    if (folds > 1) {
      b.append(String.format(Locale.ROOT, "%d-fold CV micro F1 by epoch:", folds));
      for (int e = 0; e < cvMicroF1.size(); e++) {
        b.append(String.format(Locale.ROOT, " %d:%.4f", e + 1, cvMicroF1.get(e)));
      }
      b.append(String.format(Locale.ROOT, "%nchosen epochs: %d (CV micro F1 %.4f)%n", epochs,
          cvMicro.f1()));
      b.append("CV micro F1 by O penalty at that epoch: ")
          .append(provenance.getOrDefault(two ? "stage2_cv_f1_by_o_penalty" : "cv_f1_by_o_penalty",
              "")).append('\n');
      for (EntityType t : EntityType.values()) {
        Counts c = cvTypes.get(t);
        b.append(String.format(Locale.ROOT, "  CV %-5s P %.4f R %.4f F1 %.4f%n",
            Labels.typeName(t), c.precision(), c.recall(), c.f1()));
      }
    }
    b.append(String.format(Locale.ROOT, "model %s: %,d bytes%n", model, modelBytes));
    return b.toString();
  }

  public String toJson() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT,
        "{\"model\": \"%s\", \"model_bytes\": %d, \"sentences\": %d, \"tokens\": %d,"
            + " \"seconds\": %.1f, \"folds\": %d, \"epochs\": %d, \"cv_micro\": %s, \"cv_types\": {",
        model.replace("\\", "\\\\").replace("\"", "\\\""), modelBytes, sentences, tokens, seconds,
        folds, epochs, cvMicro.toJson()));
    String sep = "";
    for (EntityType t : EntityType.values()) {
      b.append(sep).append('"').append(Labels.typeName(t)).append("\": ")
          .append(cvTypes.get(t).toJson());
      sep = ", ";
    }
    b.append("}}");
    return b.toString();
  }
}
