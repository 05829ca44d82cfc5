package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.input.InputException;
import org.marsad.store.Filters;
import org.marsad.store.InvalidRequestException;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.SortOrder;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.StoreSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad search}: full-text, entity-aware search of a store. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Searches the store: words match on their stems, \"quoted phrases\" exactly, -word excludes;"
          + " names of known entities also match every spelling and title linked to them.",
      "Works while an ingest or a server has the store open."
    })
final class SearchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = org.marsad.server.ApiServer.mapper();

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "The query (empty: all documents).")
  String query;

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "marsad-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
  String to;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet (repeatable: any of them).")
  List<String> outlets = List.of();

  @Option(names = "--entity", paramLabel = "ID|NAME", description = "Mentions this entity: a Wikidata id or a name (repeatable: all of them).")
  List<String> entities = List.of();

  @Option(names = "--cameo", paramLabel = "ROOT", description = "Has an event with this CAMEO root, 01-20 (repeatable).")
  List<String> cameo = List.of();

  @Option(names = "--plover", paramLabel = "TYPE", description = "Has an event of this PLOVER type (repeatable).")
  List<String> plover = List.of();

  @Option(names = "--location", paramLabel = "TEXT", description = "Has an event located here.")
  String location;

  @Option(names = "--cluster", paramLabel = "ID", description = "In this story cluster.")
  String cluster;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance, date (newest first) or oldest.")
  String sort;

  @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip.")
  int offset;

  @Option(names = "--json", description = "Print the result as JSON, as GET /api/search does (with facets).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SearchRequest req;
    try {
      Filters f = new Filters(date(from, "--from"), date(to, "--to"), outlets, entities, cameo,
          plover, location, cluster);
      req = new SearchRequest(query, f, SortOrder.parse(sort), offset, limit, json ? 10 : 0);
    } catch (InvalidRequestException e) {
      throw new UsageException(e.getMessage());
    }
    SearchResult r;
    try (Store s = openReadOnly(store)) {
      r = new StoreSearch(s).search(req);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JSON.writeValueAsString(r));
    } else {
      out.printf(java.util.Locale.ROOT, "%d match(es)%n", r.total());
      for (SearchResult.Hit h : r.hits()) {
        String outlet = h.sources().isEmpty() ? null : h.sources().get(0).outlet();
        out.printf(java.util.Locale.ROOT, "%n%s  %s  %s%n", h.id(), orDash(h.published()), orDash(outlet));
        if (h.title() != null) {
          out.println("  " + h.title());
        }
        out.println("  " + plain(h.snippet()));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  static Store openReadOnly(Path dir) throws InputException {
    try {
      return Store.openReadOnly(dir);
    } catch (StoreException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  static LocalDate date(String v, String option) throws InputException {
    return AnalyzeCommand.parsePublished(v, option);
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  /** The snippet for a terminal: matches in [brackets], HTML entities undone. */
  private static String plain(String html) {
    return html.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'")
        .replace("&#x2F;", "/").replace("&amp;", "&").replace('\n', ' ');
  }
}
