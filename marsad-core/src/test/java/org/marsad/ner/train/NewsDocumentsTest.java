package org.marsad.ner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsDocumentsTest {
  /**
   * Four articles: A (title and three sentences), B (a title only), C (title and three
   * sentences, the last one without a full stop), D (like A, but past the tagged tokens).
   */
  private static ClusterLearner.Corpus corpus() {
    ClusterLearner.Corpus c = new ClusterLearner.Corpus();
    c.startArticle();
    c.addText("خبر سين");
    c.addText("قول اول . قول ثان .\nقول ثالث .");
    c.startArticle();
    c.addText("خبر باء");
    c.startArticle();
    c.addText("خبر جيم");
    c.addText("واحد . اثنان . ثلاث بلا نقط");
    c.startArticle();
    c.addText("خبر دال");
    c.addText("قول . قول . قول .");
    return c;
  }

  @Test
  void drawsWholeArticlesOfAtLeastThreeSentencesFromTheTaggedTokensOnly() {
    ClusterLearner.Corpus c = corpus();
    int tagged = c.articleStarts[3]; // D lies past the tokens the teachers tag
    NewsDocuments docs = NewsDocuments.choose(c, tagged, 100, 5);
    // A and C, in corpus order; B has one sentence, D is not tagged.
    assertEquals(2, docs.articles());
    assertEquals(8, docs.size());
    assertEquals(4, docs.first(1));
    List<String> sentences = new ArrayList<>();
    for (int s = 0; s < docs.size(); s++) {
      sentences.add(String.join(" ", docs.words(s)));
    }
    assertEquals(List.of("خبر سين", "قول اول .", "قول ثان .", "قول ثالث .", "خبر جيم",
        "واحد .", "اثنان .", "ثلاث بلا نقط"), sentences);
    int[][] labels = new int[docs.size()][];
    for (int s = 0; s < docs.size(); s++) {
      labels[s] = new int[docs.words(s).length];
      labels[s][0] = s;
    }
    // article C with the labels of its sentences (the second of C is sentence 5 over all)
    assertArrayEquals(new int[] {5, 0}, docs.article(1, labels).get(1).labels());
    assertEquals(List.of("واحد", "."), docs.article(1, labels).get(1).words());

    // Every stream position of A and C is reserved, none of B or D.
    for (int i = 0; i < c.streamLength; i++) {
      int a = i < c.articleStarts[1] ? 0
          : i < c.articleStarts[2] ? 1 : i < c.articleStarts[3] ? 2 : 3;
      assertEquals(a == 0 || a == 2, docs.reserved(i), "position " + i + ", article " + a);
    }
  }

  @Test
  void stopsOnceTheArticlesHoldTheSentencesAskedFor() {
    ClusterLearner.Corpus c = corpus();
    NewsDocuments one = NewsDocuments.choose(c, c.streamLength, 1, 5);
    assertEquals(1, one.articles());
    assertTrue(one.size() >= NewsDocuments.MIN_SENTENCES);
    NewsDocuments none = NewsDocuments.choose(c, c.streamLength, 0, 5);
    assertEquals(0, none.articles());
    assertFalse(none.reserved(0));
  }
}
