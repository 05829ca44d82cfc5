package org.marsad.events;

import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CAMEO event codes with their PLOVER type and mode, GDELT QuadClass and Goldstein scale, read from
 * {@code cameo-plover.tsv}. Codes missing from the table fall back to their root ({@code 1234} →
 * {@code 123} → {@code 120}) for PLOVER, QuadClass and Goldstein.
 *
 * <p>QuadClass follows GDELT: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-08),
 * 3 verbal conflict (09-13), 4 material conflict (14-20). Goldstein values are GDELT's
 * {@code CAMEO.goldsteinscale.txt}; rows with {@code -} take their root's value.
 *
 * <p>Immutable and thread-safe.
 */
public final class CameoTable {
  static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
  private static final Pattern PLOVER = Pattern.compile("[A-Z]+|-");

  /** One row of the table. */
  public record Row(String code, String plover, String mode, int quadClass, double goldstein,
      String name) {}

  private final Map<String, Row> rows;

  private CameoTable(Map<String, Row> rows) {
    this.rows = Map.copyOf(rows);
  }

  /** The shipped table. */
  public static CameoTable shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final CameoTable INSTANCE = load("cameo-plover.tsv", Tsv.resource("cameo-plover.tsv"));
  }

  /**
   * Reads a table in the {@code cameo-plover.tsv} format.
   *
   * @throws EventLexiconException naming the file and line of a malformed entry
   */
  public static CameoTable load(String file, Reader reader) {
    Map<String, Row> rows = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (Tsv.Row r : Tsv.read(file, reader, 6, 6)) {
      String code = r.get(0);
      if (!CODE.matcher(code).matches()) {
        throw new EventLexiconException(file, r.line(), "'" + code
            + "' is not a CAMEO code (expected 2-4 digits)");
      }
      int root = Integer.parseInt(code.substring(0, 2));
      if (root < 1 || root > 20) {
        throw new EventLexiconException(file, r.line(), "'" + code
            + "' has no CAMEO root (roots are 01 to 20)");
      }
      if (!PLOVER.matcher(r.get(1)).matches()) {
        throw new EventLexiconException(file, r.line(), "'" + r.get(1)
            + "' is not a PLOVER type (expected upper-case letters or -)");
      }
      int quad;
      try {
        quad = Integer.parseInt(r.get(3));
      } catch (NumberFormatException e) {
        quad = -1;
      }
      if (quad != expectedQuad(root)) {
        throw new EventLexiconException(file, r.line(), "QuadClass '" + r.get(3) + "' for " + code
            + " should be " + expectedQuad(root) + " (GDELT: 1 for roots 01-05, 2 for 06-08,"
            + " 3 for 09-13, 4 for 14-20)");
      }
      double g = Double.NaN;
      if (!r.get(4).equals("-")) {
        try {
          g = Double.parseDouble(r.get(4));
        } catch (NumberFormatException e) {
          g = 99;
        }
        if (!(g >= -10 && g <= 10)) {
          throw new EventLexiconException(file, r.line(), "Goldstein value '" + r.get(4)
              + "' is not a number from -10 to 10 (or - for the root's value)");
        }
      }
      if (lines.containsKey(code)) {
        throw new EventLexiconException(file, r.line(), "code " + code
            + " is listed twice (first on line " + lines.get(code) + ")");
      }
      lines.put(code, r.line());
      rows.put(code, new Row(code, dash(r.get(1)), dash(r.get(2)), quad, g, r.get(5)));
    }
    for (Row row : rows.values()) {
      if (Double.isNaN(row.goldstein())) {
        Row root = rows.get(root(row.code()));
        if (root == null || Double.isNaN(root.goldstein())) {
          throw new EventLexiconException(file, lines.get(row.code()), "code " + row.code()
              + " takes its root's Goldstein value (-) but root " + root(row.code())
              + " has no row with a value");
        }
      }
    }
    return new CameoTable(rows);
  }

  static int expectedQuad(int root) {
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }

  static String root(String code) {
    return code.substring(0, 2) + "0";
  }

  private static String dash(String s) {
    return s.equals("-") ? null : s;
  }

  /** Whether the table lists exactly this code. */
  public boolean contains(String code) {
    return rows.containsKey(code);
  }

  /** The row for the code or its nearest listed ancestor, or null if neither is listed. */
  public Row row(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      return null;
    }
    for (String c = code; c.length() >= 3; c = c.substring(0, c.length() - 1)) {
      Row r = rows.get(c);
      if (r != null) {
        return r;
      }
    }
    return rows.get(root(code));
  }

  /** PLOVER event type ({@code CONSULT}, {@code ASSAULT}, ...), or null when PLOVER has none. */
  public String plover(String code) {
    Row r = row(code);
    return r == null ? null : r.plover();
  }

  /** PLOVER mode ({@code visit}, {@code kill}, ...), or null. */
  public String mode(String code) {
    Row r = row(code);
    return r == null ? null : r.mode();
  }

  /** GDELT QuadClass 1-4 from the code's root; 0 for a malformed code. */
  public int quadClass(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      return 0;
    }
    int root = Integer.parseInt(code.substring(0, 2));
    return root < 1 || root > 20 ? 0 : expectedQuad(root);
  }

  /** Goldstein scale value (-10 to 10), or NaN for a code whose root is not listed. */
  public double goldstein(String code) {
    Row r = row(code);
    if (r == null) {
      return Double.NaN;
    }
    if (!Double.isNaN(r.goldstein())) {
      return r.goldstein();
    }
    Row root = rows.get(root(r.code()));
    return root == null ? Double.NaN : root.goldstein();
  }

  /** Number of codes listed. */
  public int size() {
    return rows.size();
  }
}
