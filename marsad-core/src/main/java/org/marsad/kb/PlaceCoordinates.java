package org.marsad.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Coordinates of KB places ({@code place_coordinates.tsv}, built from GeoNames by
 * {@code scripts/web/build_coordinates.py}): cities of the Middle East and North Africa and capitals
 * world-wide, keyed by KB id. A place without a line has no known coordinates. Immutable and
 * thread-safe.
 */
public final class PlaceCoordinates {
  static final String RESOURCE = "/org/marsad/kb/place_coordinates.tsv";

  /** A point in degrees (WGS 84). */
  public record LatLon(double lat, double lon) {}

  private final Map<String, LatLon> byId;

  private PlaceCoordinates(Map<String, LatLon> byId) {
    this.byId = Map.copyOf(byId);
  }

  /** The shipped table, read on first use. */
  public static PlaceCoordinates shared() {
    return Holder.SHARED;
  }

  private static final class Holder {
    static final PlaceCoordinates SHARED = load();
  }

  /**
   * Where the KB entry {@code id} is: the table's point, else the entry's own {@code lat}/{@code lon}
   * in {@code kb} (a user KB file may give them), else null.
   */
  public LatLon of(String id, KnowledgeBase kb) {
    LatLon p = byId.get(id);
    if (p != null) {
      return p;
    }
    KbEntry e = kb == null ? null : kb.get(id);
    return e != null && e.lat() != null && e.lon() != null ? new LatLon(e.lat(), e.lon()) : null;
  }

  /** The table's point for {@code id}, or null. */
  public LatLon get(String id) {
    return byId.get(id);
  }

  /** How many places have coordinates. */
  public int size() {
    return byId.size();
  }

  static PlaceCoordinates load() {
    InputStream in = PlaceCoordinates.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return new PlaceCoordinates(parse(r, RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code id lat lon ...} lines after a header ({@code #} lines are comments). */
  static Map<String, LatLon> parse(BufferedReader r, String name) throws IOException {
    Map<String, LatLon> out = new HashMap<>();
    String line;
    int n = 0;
    boolean header = true;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        if (!line.startsWith("id\tlat\tlon")) {
          throw new IllegalStateException(name + ":" + n + ": expected the header 'id lat lon ...'");
        }
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        double lat = Double.parseDouble(f[1]);
        double lon = Double.parseDouble(f[2]);
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
          throw new NumberFormatException("out of range");
        }
        out.put(f[0], new LatLon(lat, lon));
      } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
        throw new IllegalStateException(name + ":" + n + ": expected 'id lat lon' in degrees: " + line, e);
      }
    }
    return out;
  }
}
