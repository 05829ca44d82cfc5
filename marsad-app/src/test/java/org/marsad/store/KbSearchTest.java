package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.model.EntityType;

/**
 * Entity-aware search with the knowledge base: names, spellings and titles no stored document
 * used still find the documents linked to the entity; titles only during the holder's term.
 */
class KbSearchTest {
  @TempDir
  Path dir;
  Store store;

  @BeforeEach
  void fill() {
    store = Store.open(dir);
    Document a = Docs.doc("a", "2019-12-15", "aawsat", "التقى أردوغان بالسراج في إسطنبول وبحث معه الوضع في ليبيا.");
    a = a.withEntities(List.of(Docs.entity(a, "e1", EntityType.PER, "رجب طيب أردوغان", "Q39259", "أردوغان")));
    Document o = Docs.doc("o", "2012-05-01", "okaz", "قال أوباما في خطاب أمام الكونغرس إن الاقتصاد يتعافى.");
    o = o.withEntities(List.of(Docs.entity(o, "e1", EntityType.PER, "باراك أوباما", "Q76", "أوباما")));
    Document t1 = Docs.doc("t1", "2016-03-01", "okaz", "قال ترامب في تجمع انتخابي إنه سيبني جدارا.");
    t1 = t1.withEntities(List.of(Docs.entity(t1, "e1", EntityType.PER, "دونالد ترامب", "Q22686", "ترامب")));
    Document t2 = Docs.doc("t2", "2019-06-01", "sabq", "وقع ترامب أمرا تنفيذيا بفرض عقوبات جديدة.");
    t2 = t2.withEntities(List.of(Docs.entity(t2, "e1", EntityType.PER, "دونالد ترامب", "Q22686", "ترامب")));
    Document n = Docs.doc("n", "2020-02-01", "sabq", "ارتفعت أسعار النفط في الأسواق العالمية مع تراجع المخزونات.");
    for (Document x : List.of(a, o, t1, t2, n)) {
      Docs.add(store, x);
    }
    store.commit();
    store.refresh();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Set<String> ids(EntityExpander x, String q, Filters f) {
    SearchResult r = new StoreSearch(store, x).search(new SearchRequest(q, f, SortOrder.RELEVANCE, 0, 10, 0));
    Set<String> out = new TreeSet<>();
    r.hits().forEach(h -> out.add(h.id()));
    return out;
  }

  private Set<String> ids(EntityExpander x, String q) {
    return ids(x, q, Filters.NONE);
  }

  private static Filters entity(String value) {
    return new Filters(null, null, List.of(), List.of(value), List.of(), List.of(), null, null);
  }

  @Test
  void spellingsNoDocumentUsedFindTheEntityThroughTheKb() {
    // neither spelling occurs in the store; the KB knows أوردغان as a form and أردغان as a variant
    for (String q : List.of("أوردغان", "أردغان", "رجب أردوغان")) {
      assertEquals(Set.of(), ids(EntityExpander.NONE, q), q);
      assertEquals(Set.of("a"), ids(KbExpander.shared(), q), q);
    }
    assertEquals(Set.of("a"), ids(KbExpander.shared(),
        "أردغان ليبيا")); // combined with other words, which must still match
    assertEquals(Set.of(), ids(KbExpander.shared(), "أردغان النفط"));
  }

  @Test
  void theDefaultSearchUsesTheKb() {
    SearchResult r = new StoreSearch(store).search(SearchRequest.of("أوردغان"));
    assertEquals(List.of("a"), r.hits().stream().map(SearchResult.Hit::id).toList());
    assertTrue(r.hits().get(0).snippet().contains("<mark>أردوغان</mark>"), r.hits().get(0).snippet());
  }

  @Test
  void aTitleFindsEachHolderOnlyDuringTheirTerm() {
    // Obama in 2012 and Trump in 2019 were presidents; Trump in 2016 was a candidate
    assertEquals(Set.of("o", "t2"), ids(KbExpander.shared(), "الرئيس الأمريكي"));
    assertEquals(Set.of("a"), ids(KbExpander.shared(), "الرئيس التركي"));
    assertEquals(Set.of(), ids(EntityExpander.NONE, "الرئيس الأمريكي"));
    Filters in2019 = new Filters(LocalDate.parse("2019-01-01"), LocalDate.parse("2019-12-31"),
        List.of(), List.of(), List.of(), List.of(), null, null);
    assertEquals(Set.of("t2"), ids(KbExpander.shared(), "الرئيس الأمريكي", in2019));
  }

  @Test
  void titleHoldersAreWalkedBackToTheSearchStart() {
    KbExpander x = new KbExpander(KnowledgeBase.shared(), KbExpander.DEFAULT_MIN_SCORE);
    List<EntityExpander.Match> all = x.expand("الرئيس الأمريكي", null, LocalDate.parse("2020-01-01"));
    assertEquals(new EntityExpander.Match("Q22686", LocalDate.parse("2017-01-20"), LocalDate.parse("2021-01-20")),
        all.get(0));
    assertTrue(all.contains(new EntityExpander.Match("Q76", LocalDate.parse("2009-01-20"),
        LocalDate.parse("2017-01-20"))), all.toString());
    List<EntityExpander.Match> recent = x.expand("الرئيس الأمريكي", LocalDate.parse("2018-01-01"),
        LocalDate.parse("2020-01-01"));
    assertEquals(1, recent.size(), recent.toString());
  }

  @Test
  void theThresholdDropsWeakEvidence() {
    KbExpander strict = new KbExpander(KnowledgeBase.shared(), 0.95);
    KbExpander loose = new KbExpander(KnowledgeBase.shared(), KbExpander.DEFAULT_MIN_SCORE);
    assertTrue(loose.expand("أردغان", null, null).contains(EntityExpander.Match.of("Q39259")));
    assertEquals(List.of(), strict.expand("أردغان", null, null)); // a variant spelling (0.8)
    assertEquals(List.of(EntityExpander.Match.of("Q39259")), strict.expand("أوردغان", null, null));
    assertEquals(Set.of(), ids(strict, "أردغان"));
  }

  @Test
  void aDatedMatchOnlyCoversItsDates() {
    EntityExpander fake = (phrase, from, to) -> phrase.equals("الرئيس")
        ? List.of(new EntityExpander.Match("Q22686", LocalDate.parse("2017-01-20"), null)) : List.of();
    assertEquals(Set.of("t2"), ids(fake, "الرئيس"));
  }

  @Test
  void entityFiltersTakeKbNames() {
    assertEquals(Set.of("a"), ids(KbExpander.shared(), "", entity("أردغان")));
    assertEquals(Set.of(), ids(EntityExpander.NONE, "", entity("أردغان")));
    assertEquals(Set.of("o", "t2"), ids(KbExpander.shared(), "", entity("الرئيس الأمريكي")));
  }

  @Test
  void wordsThatNameNothingInTheKbAreTextOnly() {
    assertEquals(Set.of("n"), ids(KbExpander.shared(), "النفط"));
    assertEquals(Set.of("o"), ids(KbExpander.shared(), "الاقتصاد"));
  }
}
