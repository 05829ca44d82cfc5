package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.marsad.model.Document;
import org.marsad.model.EntityType;

/** Search over a small real index of hand-built documents with entities and events. */
class SearchTest {
  @TempDir
  Path dir;
  Store store;
  StoreSearch search;

  @BeforeEach
  void fill() {
    store = Store.open(dir);
    fill(store, false);
    search = new StoreSearch(store);
  }

  /** The four documents, committed together (one segment) or one by one (a segment each). */
  private static void fill(Store store, boolean segmentEach) {
    Document a = Docs.doc("a", "2019-12-15", "aawsat",
        "التقى أردوغان بالسراج في إسطنبول وبحث معه الوضع في ليبيا وبحكومته الجديدة.");
    a = a.withEntities(List.of(
        Docs.entity(a, "e1", EntityType.PER, "رجب طيب أردوغان", "Q39259", "أردوغان"),
        Docs.entity(a, "e2", EntityType.PER, "فائز السراج", "Q2045717", "السراج")))
        .withEvents(List.of(Docs.event("v1", "040", "CONSULT", "e1", "e2", "إسطنبول", null)));
    Document b = Docs.doc("b", "2019-12-20", "okaz",
        "قال الرئيس التركي إن بلاده سترسل قوات إلى ليبيا لدعم حكومة الوفاق في طرابلس.");
    b = b.withEntities(List.of(
        Docs.entity(b, "e1", EntityType.PER, "رجب طيب أردوغان", "Q39259", "الرئيس التركي")))
        .withEvents(List.of(Docs.event("v1", "150", "MOBILIZE", "e1", null, "طرابلس", "2019-12-21")));
    Document c = Docs.doc("c", "2020-01-05", "aawsat",
        "انتقد أوردغان موقف اليونان من الاتفاق البحري وقال إن لبنان وإيران لم يتدخلا.");
    c = c.withEntities(List.of(
        Docs.entity(c, "e1", EntityType.PER, "رجب طيب أردوغان", "Q39259", "أوردغان"),
        Docs.entity(c, "e2", EntityType.LOC, "اليونان", null, "اليونان")))
        .withEvents(List.of(Docs.event("v1", "111", "ACCUSE", "e1", "e2", null, null)));
    Document d = Docs.doc("d", "2020-02-01", "sabq",
        "ارتفعت أسعار النفط في الأسواق العالمية مع تراجع المخزونات الأمريكية، وقالت الحكومة إنها تتابع.");
    for (Document x : List.of(a, b, c, d)) {
      Docs.add(store, x);
      if (segmentEach) {
        store.commit();
      }
    }
    store.commit();
    store.refresh();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Set<String> ids(String q) {
    return ids(q, Filters.NONE);
  }

  private Set<String> ids(String q, Filters f) {
    SearchResult r = search.search(new SearchRequest(q, f, SortOrder.RELEVANCE, 0, 10, 0));
    Set<String> out = new TreeSet<>();
    r.hits().forEach(h -> out.add(h.id()));
    return out;
  }

  private static Filters filters(String from, String to, List<String> outlets, List<String> entities,
      List<String> cameo, List<String> plover, String location) {
    return new Filters(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
        outlets, entities, cameo, plover, location, null);
  }

  @Test
  void wordsMatchThroughCliticsAndTheArticle() {
    assertEquals(Set.of("a", "b", "d"), ids("الحكومة")); // وبحكومته, حكومة, الحكومة
  }

  @Test
  void proclitcsOnANameDoNotHideIt() {
    assertEquals(Set.of("a"), ids("السراج"));
    assertEquals(Set.of("c"), ids("لبنان"));
  }

  @Test
  void aQuotedPhraseMatchesExactWordForms() {
    assertEquals(Set.of("b"), ids("\"حكومة الوفاق\""));
    assertEquals(Set.of(), ids("\"الحكومة الوفاق\""));
  }

  @Test
  void aMinusExcludes() {
    assertEquals(Set.of("a"), ids("ليبيا -طرابلس"));
  }

  @Test
  void anEntityNameFindsOtherSpellingsAndTitlesLinkedToIt() {
    assertEquals(Set.of("a", "b", "c"), ids("أردوغان"));
    assertEquals(Set.of("a", "b", "c"), ids("الرئيس التركي"));
  }

  @Test
  void theSnippetMarksTheEntityMentionThatMatched() {
    SearchResult r = search.search(new SearchRequest("أردوغان", filters("2019-12-20", "2019-12-20",
        List.of(), List.of(), List.of(), List.of(), null), SortOrder.RELEVANCE, 0, 10, 0));
    assertTrue(r.hits().get(0).snippet().contains("<mark>الرئيس التركي</mark>"), r.hits().get(0).snippet());
  }

  @Test
  void theSnippetMarksTheQueryWordsButNotFilterValuesOrExclusions() {
    SearchResult r = search.search(new SearchRequest("ليبيا -طرابلس", filters(null, null,
        List.of("aawsat"), List.of("Q2045717"), List.of(), List.of(), "إسطنبول"), SortOrder.RELEVANCE,
        0, 10, 0));
    assertEquals(List.of("a"), r.hits().stream().map(SearchResult.Hit::id).toList());
    assertEquals("التقى أردوغان بالسراج في إسطنبول وبحث معه الوضع في <mark>ليبيا</mark> وبحكومته الجديدة.",
        r.hits().get(0).snippet());
  }

  @Test
  void aSearchWithoutWordsShowsTheOpeningOfTheTextUnmarked() {
    SearchResult r = search.search(new SearchRequest("", filters(null, null, List.of("sabq"),
        List.of(), List.of(), List.of(), null), SortOrder.RELEVANCE, 0, 10, 0));
    assertEquals("ارتفعت أسعار النفط في الأسواق العالمية مع تراجع المخزونات الأمريكية، وقالت الحكومة إنها تتابع.",
        r.hits().get(0).snippet());
  }

  @Test
  void aStoreOfManySegmentsAnswersExactlyAsOneSegment(@TempDir Path other) {
    try (Store many = Store.open(other)) {
      fill(many, true);
      assertEquals(4, (int) many.withSearcher(s -> s.getIndexReader().leaves().size()));
      StoreSearch manySearch = new StoreSearch(many);
      for (String q : List.of("", "أردوغان", "ليبيا -طرابلس", "الحكومة", "\"حكومة الوفاق\"")) {
        SearchRequest req = new SearchRequest(q, Filters.NONE, SortOrder.RELEVANCE, 0, 10, 10);
        assertEquals(search.search(req), manySearch.search(req), q);
      }
    }
  }

  @Test
  void filtersRestrictByDateOutletEntityEventAndLocation() {
    assertEquals(Set.of("b", "c"), ids("", filters("2019-12-16", "2020-01-31", List.of(), List.of(), List.of(), List.of(), null)));
    assertEquals(Set.of("a", "c"), ids("", filters(null, null, List.of("aawsat"), List.of(), List.of(), List.of(), null)));
    assertEquals(Set.of("a", "b", "c"), ids("", filters(null, null, List.of(), List.of("Q39259"), List.of(), List.of(), null)));
    assertEquals(Set.of("c"), ids("", filters(null, null, List.of(), List.of("اليونان"), List.of(), List.of(), null)));
    assertEquals(Set.of("b", "c"), ids("", filters(null, null, List.of(), List.of(), List.of("11", "15"), List.of(), null)));
    assertEquals(Set.of("a"), ids("", filters(null, null, List.of(), List.of(), List.of(), List.of("CONSULT"), null)));
    assertEquals(Set.of("b"), ids("", filters(null, null, List.of(), List.of(), List.of(), List.of(), "طرابلس")));
  }

  @Test
  void hitsSortByDateNewestFirst() {
    SearchResult r = search.search(new SearchRequest("", Filters.NONE, SortOrder.NEWEST, 0, 10, 0));
    assertEquals(List.of("d", "c", "b", "a"), r.hits().stream().map(SearchResult.Hit::id).toList());
  }

  @Test
  void facetsCountEntitiesOutletsAndEventTypes() {
    SearchResult r = search.search(new SearchRequest("", Filters.NONE, SortOrder.RELEVANCE, 0, 10, 5));
    assertEquals(new SearchResult.FacetValue("Q39259", "رجب طيب أردوغان", 3), r.facets().get("entities").get(0));
    assertEquals(new SearchResult.FacetValue("aawsat", null, 2), r.facets().get("outlets").get(0));
    assertEquals(3, r.facets().get("plover").size());
    assertEquals(3, r.facets().get("cameo").size());
  }

  @Test
  void aBadCameoRootIsRefusedWithTheValue() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> filters(null, null, List.of(), List.of(), List.of("99"), List.of(), null));
    assertTrue(e.getMessage().contains("'99'"), e.getMessage());
  }

  @Test
  void anOutOfRangePageIsRefused() {
    assertThrows(InvalidRequestException.class,
        () -> new SearchRequest("x", Filters.NONE, SortOrder.RELEVANCE, 0, 1000, 0));
  }
}
