package org.marsad.events;

import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;

/** Test helper: whether a word reaches the shipped trigger lexicon through clitic stripping. */
final class TriggerMatch {
  private TriggerMatch() {}

  static boolean matches(String word) {
    Token t = ArabicTokenizer.shared().tokenize(word).get(0);
    boolean[] hit = {false};
    Words.candidates(t.norm(), word.endsWith("ة"), (form, flags) -> {
      if (!EventCoder.shared().triggers().lookup(form).isEmpty()) {
        hit[0] = true;
        return true;
      }
      return false;
    });
    return hit[0];
  }
}
