package org.marsad.store;

/**
 * A search: query text (see {@link QueryBuilder} for the syntax), filters, order, the page
 * {@code [offset, offset + limit)}, and the number of facet values wanted per facet (0: none).
 */
public record SearchRequest(String query, Filters filters, SortOrder sort, int offset, int limit,
    int facets) {
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;

  public SearchRequest {
    if (filters == null) {
      filters = Filters.NONE;
    }
    if (sort == null) {
      sort = SortOrder.RELEVANCE;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException("limit: " + limit + " is out of range (1 to " + MAX_LIMIT + ")");
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new InvalidRequestException("offset: " + offset + " is out of range (0 to " + MAX_OFFSET + ")");
    }
    if (facets < 0 || facets > 100) {
      throw new InvalidRequestException("facets: " + facets + " is out of range (0 to 100)");
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Filters.NONE, SortOrder.RELEVANCE, 0, 10, 0);
  }
}
