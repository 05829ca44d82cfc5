package org.marsad.text;

/** Finds URLs and e-mail addresses at a position, without regular expressions. */
final class UrlScanner {
  private UrlScanner() {}

  /** The end of a URL starting at {@code i} (http://, https://, www.), or {@code i} if none. */
  static int urlEnd(char[] buf, int i, int len) {
    if (i > 0 && Character.isLetterOrDigit(buf[i - 1])) {
      return i;
    }
    int body;
    if (startsWithIgnoreCase(buf, i, len, "https://")) {
      body = i + 8;
    } else if (startsWithIgnoreCase(buf, i, len, "http://")) {
      body = i + 7;
    } else if (startsWithIgnoreCase(buf, i, len, "www.")) {
      body = i + 4;
    } else {
      return i;
    }
    int e = body;
    while (e < len && isUrlChar(buf[e])) {
      e++;
    }
    while (e > body && isTrailingPunctuation(buf[e - 1])) {
      e--;
    }
    return e > body ? e : i;
  }

  /** The end of an e-mail address starting at {@code i}, or {@code i} if none. */
  static int emailEnd(char[] buf, int i, int len) {
    int e = i;
    while (e < len && isLocalPartChar(buf[e])) {
      e++;
    }
    if (e == i || e >= len || buf[e] != '@') {
      return i;
    }
    int domain = e + 1;
    int d = domain;
    boolean dot = false;
    while (d < len && (isAsciiAlnum(buf[d]) || buf[d] == '-' || buf[d] == '.')) {
      dot |= buf[d] == '.';
      d++;
    }
    while (d > domain && buf[d - 1] == '.') {
      d--;
    }
    return dot && d > domain + 2 ? d : i;
  }

  private static boolean startsWithIgnoreCase(char[] buf, int i, int len, String prefix) {
    if (i + prefix.length() > len) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (Character.toLowerCase(buf[i + k]) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUrlChar(char c) {
    return c > ' ' && c != '<' && c != '>' && c != '"' && c != '«' && c != '»' && c != '“'
        && c != '”' && c != '،' && !ArabicTokenizer.isWhitespace(c) && c != '\u200F' && c != '\u200E';
  }

  private static boolean isTrailingPunctuation(char c) {
    return ".,;:!?)]}'؟؛".indexOf(c) >= 0;
  }

  private static boolean isLocalPartChar(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%';
  }

  private static boolean isAsciiAlnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
