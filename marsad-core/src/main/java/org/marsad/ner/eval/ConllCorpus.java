package org.marsad.ner.eval;

import java.util.List;

/**
 * Sentences read from a CoNLL file, with the number of BIO repairs made while reading.
 *
 * @param repairs how many {@code I-t} labels not preceded by {@code B-t}/{@code I-t} were read as
 *     {@code B-t} (the conlleval convention); always 0 in strict mode
 */
public record ConllCorpus(List<ConllSentence> sentences, int repairs) {
  public ConllCorpus {
    sentences = List.copyOf(sentences);
  }

  public int tokens() {
    int n = 0;
    for (ConllSentence s : sentences) {
      n += s.size();
    }
    return n;
  }
}
