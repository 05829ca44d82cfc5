package org.marsad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.store.Filters;
import org.marsad.store.SearchRequest;
import org.marsad.store.SortOrder;

/** The in-process timer reads query lines as the server would take them from SearchLoad. */
class SearchCpuTest {
  @Test
  void aLineWithoutOptionsIsAFirstPageWithTenFacetValues() {
    assertEquals(new SearchRequest("أمطار رعدية", Filters.NONE, SortOrder.RELEVANCE, 0, 10, 10),
        SearchCpu.request("أمطار رعدية"));
  }

  @Test
  void optionsBecomeFiltersOrderPageAndFacets() {
    assertEquals(new SearchRequest("نفط", new Filters(LocalDate.parse("2015-07-25"),
        LocalDate.parse("2015-08-05"), List.of(), List.of(), List.of(), List.of(), null, null),
        SortOrder.RELEVANCE, 0, 10, 10), SearchCpu.request("نفط\tfrom=2015-07-25&to=2015-08-05"));
    assertEquals(new SearchRequest("نفط", new Filters(null, null, List.of("okaz"), List.of(),
        List.of(), List.of(), null, null), SortOrder.RELEVANCE, 0, 10, 10),
        SearchCpu.request("نفط\toutlet=okaz"));
    assertEquals(SortOrder.NEWEST, SearchCpu.request("نفط\tsort=date").sort());
    assertEquals(10, SearchCpu.request("نفط\toffset=10").offset());
    assertEquals(0, SearchCpu.request("نفط\tfacets=0").facets());
  }
}
