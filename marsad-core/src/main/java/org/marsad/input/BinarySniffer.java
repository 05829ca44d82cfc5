package org.marsad.input;

/** Recognizes bytes that are not text: NUL bytes and common binary file signatures. */
final class BinarySniffer {
  private BinarySniffer() {}

  /** A short description of why the bytes are binary, or null if they may be text. */
  static String describe(byte[] b) {
    if (starts(b, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (starts(b, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (starts(b, '%', 'P', 'D', 'F')) {
      return "PDF document";
    }
    if (starts(b, 'P', 'K', 3, 4)) {
      return "ZIP archive";
    }
    if (starts(b, 0x1F, 0x8B)) {
      return "gzip archive";
    }
    int scan = Math.min(b.length, 1 << 16);
    for (int i = 0; i < scan; i++) {
      if (b[i] == 0) {
        return "contains NUL bytes";
      }
    }
    return null;
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
