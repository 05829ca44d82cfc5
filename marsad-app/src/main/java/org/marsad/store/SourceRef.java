package org.marsad.store;

/** Where a stored text was found: outlet, URL and the id it would have had on its own (any may be null but id). */
public record SourceRef(String outlet, String url, String id) {
  String encode() {
    return nz(outlet) + "\t" + nz(url) + "\t" + id;
  }

  static SourceRef decode(String s) {
    String[] p = s.split("\t", -1);
    return new SourceRef(p[0].isEmpty() ? null : p[0], p[1].isEmpty() ? null : p[1], p[2]);
  }

  private static String nz(String s) {
    return s == null ? "" : s.replace('\t', ' ');
  }
}
