package org.marsad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.pipeline.PublishedDates;
import org.marsad.store.Filters;
import org.marsad.store.InvalidRequestException;

/**
 * Query parameters of one request, checked against the names an endpoint knows: an unknown name
 * is an error (a typo in a filter must not silently widen a result). Repeated or comma-separated
 * values of list filters mean "any of them" (outlets, CAMEO roots, PLOVER types) or "all of them"
 * (entities).
 */
final class Params {
  static final Set<String> FILTERS = Set.of("from", "to", "outlet", "entity", "cameo", "plover",
      "location", "cluster");

  private final Map<String, List<String>> map;

  Params(Context ctx, Set<String> known) {
    this.map = ctx.queryParamMap();
    for (String k : map.keySet()) {
      if (!known.contains(k)) {
        throw ApiException.badRequest("unknown parameter '" + k + "' (known: "
            + String.join(", ", new TreeSet<>(known)) + ")");
      }
    }
  }

  static Set<String> with(Set<String> a, String... more) {
    Set<String> s = new TreeSet<>(a);
    s.addAll(List.of(more));
    return s;
  }

  String get(String name) {
    List<String> v = map.get(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    String s = v.get(v.size() - 1);
    return s.isBlank() ? null : s.strip();
  }

  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : map.getOrDefault(name, List.of())) {
      for (String p : v.split(",")) {
        if (!p.isBlank()) {
          out.add(p.strip());
        }
      }
    }
    return out;
  }

  int integer(String name, int dflt) {
    String v = get(name);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + ": '" + v + "' is not a whole number");
    }
  }

  boolean bool(String name) {
    String v = get(name);
    if (v == null) {
      return false;
    }
    return switch (v) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiException.badRequest(name + ": '" + v + "' is not true or false");
    };
  }

  LocalDate date(String name) {
    String v = get(name);
    if (v == null) {
      return null;
    }
    try {
      return PublishedDates.parse(v);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(name + ": '" + v + "' is not a date (expected YYYY-MM-DD)");
    }
  }

  Filters filters() {
    try {
      return new Filters(date("from"), date("to"), list("outlet"), list("entity"), list("cameo"),
          list("plover"), get("location"), get("cluster"));
    } catch (InvalidRequestException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }
}
