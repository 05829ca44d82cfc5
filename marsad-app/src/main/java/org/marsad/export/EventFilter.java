package org.marsad.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Event-level restrictions of an export: CAMEO roots (any of) and PLOVER types (any of). Empty
 * lists accept everything.
 */
public record EventFilter(List<String> cameoRoots, List<String> plover) {
  public static final EventFilter ALL = new EventFilter(List.of(), List.of());

  public EventFilter {
    cameoRoots = List.copyOf(cameoRoots);
    plover = List.copyOf(plover);
  }

  public boolean accepts(JsonNode event) {
    String cameo = ExportDoc.text(event, "cameo");
    if (!cameoRoots.isEmpty() && (cameo == null || cameo.length() < 2
        || !cameoRoots.contains(cameo.substring(0, 2)))) {
      return false;
    }
    String p = ExportDoc.text(event, "plover");
    return plover.isEmpty() || p != null && plover.contains(p);
  }
}
