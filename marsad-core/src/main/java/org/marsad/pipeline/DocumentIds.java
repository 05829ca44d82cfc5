package org.marsad.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable document ids: from the URL when there is one, else from the text. */
public final class DocumentIds {
  private DocumentIds() {}

  /** {@code "u-"} + 16 hex chars of SHA-256(url), or {@code "t-"} + the same of the text. */
  public static String of(String url, String text) {
    return url != null && !url.isBlank() ? "u-" + hash(url.strip()) : "t-" + hash(text);
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
