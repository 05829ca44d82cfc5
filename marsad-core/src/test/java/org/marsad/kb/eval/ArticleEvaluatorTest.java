package org.marsad.kb.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.kb.eval.ArticleEvaluator.Report;
import org.marsad.kb.eval.GoldArticles.GoldArticle;
import org.marsad.kb.eval.GoldArticles.GoldEntity;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.MentionKind;

class ArticleEvaluatorTest {
  private static Path articles() throws URISyntaxException {
    return Path.of(ArticleEvaluatorTest.class.getResource("/org/marsad/kb/articles").toURI());
  }

  @Test
  void kbOnlyResolutionGetsEveryEntityOfTheSmallGoldArticlesRight() throws Exception {
    Report r = ArticleEvaluator.evaluate(GoldArticles.read(articles()), ArticleEvaluator.kbOnly());
    assertEquals(38, r.entities());
    assertEquals(r.entities(), r.entitiesRight(), r.format());
  }

  private static Entity entity(String id, EntityType type, String text, String... surfaces) {
    List<Mention> ms = new ArrayList<>();
    for (String s : surfaces) {
      int i = text.indexOf(s);
      ms.add(new Mention(i, i + s.length(), s, MentionKind.NAME));
    }
    return new Entity(id, type, surfaces[0], null, null, null, ms);
  }

  private static Report score(String text, List<GoldEntity> gold, List<Entity> system) {
    GoldArticle a = new GoldArticle("t.txt", LocalDate.of(2019, 1, 1), text, gold, List.of());
    return ArticleEvaluator.evaluate(List.of(a), (id, t, d) ->
        Document.of(new DocumentMeta(id, d, null, null, null), t).withEntities(system));
  }

  @Test
  void mergingTwoGoldEntitiesCountsAgainstBoth() {
    String text = "قال خليفة حفتر إن عقيلة صالح وافق.";
    List<GoldEntity> gold = List.of(
        new GoldEntity("حفتر", EntityType.PER, null, List.of("خليفة حفتر")),
        new GoldEntity("صالح", EntityType.PER, null, List.of("عقيلة صالح")));
    Report merged = score(text, gold,
        List.of(entity("e1", EntityType.PER, text, "خليفة حفتر", "عقيلة صالح")));
    assertEquals(0, merged.entitiesRight());
    assertTrue(merged.errors().get(0).contains("merged with [صالح]"), merged.format());
    Report apart = score(text, gold, List.of(entity("e1", EntityType.PER, text, "خليفة حفتر"),
        entity("e2", EntityType.PER, text, "عقيلة صالح")));
    assertEquals(2, apart.entitiesRight());
  }

  @Test
  void wrongTypeAndMissingFormsAreErrors() {
    String text = "وصل فائز السراج. وقال السراج إن ...";
    List<GoldEntity> gold = List.of(
        new GoldEntity("السراج", EntityType.PER, null, List.of("فائز السراج", "السراج")));
    Report typed = score(text, gold, List.of(entity("e1", EntityType.ORG, text, "فائز السراج")));
    assertTrue(typed.errors().get(0).contains("typed ORG"), typed.format());
    Report partial = score(text, gold, List.of(entity("e1", EntityType.PER, text, "فائز السراج")));
    assertEquals(0, partial.entitiesRight());
  }

  @Test
  void mentionWithoutTheFusedArticleAlefMatchesTheGoldForm() {
    String text = "ولاء للقذافي.";
    List<GoldEntity> gold = List.of(
        new GoldEntity("لقذافي", EntityType.PER, null, List.of("للقذافي")));
    Report r = score(text, gold, List.of(entity("e1", EntityType.PER, text, "لقذافي")));
    assertEquals(1, r.entitiesRight(), r.format());
  }

  /** Runs on the development articles only when -Dmarsad.articles.dir=DIR is given. */
  @Test
  void developmentArticles() throws IOException {
    String dir = System.getProperty("marsad.articles.dir");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "set -Dmarsad.articles.dir");
    Report r = ArticleEvaluator.evaluate(GoldArticles.read(Path.of(dir)), ArticleEvaluator.kbOnly());
    System.out.print(r.format());
  }
}
