package org.marsad.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The token that write requests must carry ({@code Authorization: Bearer TOKEN}): the
 * {@code MARSAD_TOKEN} environment variable, else {@code DIR/api-token}, generated (32 random
 * bytes, owner-only file) on the first start and reported as {@code generated} so it is shown once.
 */
public record ApiToken(String value, boolean generated) {
  public static final String FILE = "api-token";

  public ApiToken {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("token must not be empty");
    }
  }

  public static ApiToken load(Path storeDir, String fromEnv) throws IOException {
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new ApiToken(fromEnv.strip(), false);
    }
    Path f = storeDir.resolve(FILE);
    if (Files.exists(f)) {
      return new ApiToken(Files.readString(f, StandardCharsets.UTF_8).strip(), false);
    }
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    String token = HexFormat.of().formatHex(b);
    Files.createDirectories(storeDir);
    Files.writeString(f, token + "\n", StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the store directory's own permissions protect it
    }
    return new ApiToken(token, true);
  }

  /** Constant-time check of an {@code Authorization} header value. */
  boolean accepts(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, value.getBytes(StandardCharsets.UTF_8));
  }
}
