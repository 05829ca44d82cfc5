package org.marsad.store;

/**
 * The four CAMEO QuadClasses by event root code: 01-05 verbal cooperation, 06-08 material
 * cooperation, 09-13 verbal conflict, 14-20 material conflict (Schrodt, CAMEO manual 1.1b3).
 */
public enum QuadClass {
  VERBAL_COOPERATION,
  MATERIAL_COOPERATION,
  VERBAL_CONFLICT,
  MATERIAL_CONFLICT;

  /** The QuadClass of a CAMEO root ({@code "04"}), or null if it is not one. */
  public static QuadClass ofRoot(String root) {
    if (root == null || root.length() != 2 || !Character.isDigit(root.charAt(0))
        || !Character.isDigit(root.charAt(1))) {
      return null;
    }
    int r = Integer.parseInt(root);
    if (r >= 1 && r <= 5) {
      return VERBAL_COOPERATION;
    }
    if (r >= 6 && r <= 8) {
      return MATERIAL_COOPERATION;
    }
    if (r >= 9 && r <= 13) {
      return VERBAL_CONFLICT;
    }
    if (r >= 14 && r <= 20) {
      return MATERIAL_CONFLICT;
    }
    return null;
  }

  /** The root of a CAMEO code: its first two digits ({@code "0431"} → {@code "04"}), or null. */
  public static String root(String cameo) {
    if (cameo == null || cameo.length() < 2) {
      return null;
    }
    String r = cameo.substring(0, 2);
    return ofRoot(r) == null ? null : r;
  }
}
