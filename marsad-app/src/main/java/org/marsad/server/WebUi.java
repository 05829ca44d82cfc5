package org.marsad.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the bundled web UI (plain ES modules and CSS under {@code org/marsad/server/web/} on the
 * classpath): {@code /} is the page, {@code /ui/NAME} its scripts and styles. Nothing is fetched
 * from anywhere else, and a strict Content-Security-Policy forbids inline scripts, so text from an
 * article can never run even if a view forgot to escape it. Thread-safe (stateless).
 */
final class WebUi {
  private static final String ROOT = "web/";
  private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}\\.(js|css|svg|html|json)");
  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml",
      "html", "text/html; charset=utf-8",
      "json", "application/json");
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
      + " form-action 'self'; frame-ancestors 'none'";

  private WebUi() {}

  static void index(Context ctx) throws IOException {
    send(ctx, "index.html");
  }

  static void asset(Context ctx) throws IOException {
    String name = ctx.pathParam("file");
    if (!NAME.matcher(name).matches()) {
      throw ApiException.notFound("no such file in the web UI: '" + name + "'");
    }
    send(ctx, name);
  }

  private static void send(Context ctx, String name) throws IOException {
    try (InputStream in = WebUi.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw ApiException.notFound("no such file in the web UI: '" + name + "'");
      }
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      ctx.header("Content-Security-Policy", CSP)
          .header("X-Content-Type-Options", "nosniff")
          .header("Referrer-Policy", "no-referrer")
          .header("Cache-Control", "no-cache")
          .contentType(TYPES.get(ext))
          .result(in.readAllBytes());
    }
  }
}
