package org.marsad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Map;

/** Writes RFC 9457 problem details: {@code {type, title, status, detail, instance}}. */
final class Problems {
  static final String CONTENT_TYPE = "application/problem+json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<Integer, String> TITLES = Map.of(
      400, "Bad request", 401, "Unauthorized", 404, "Not found", 405, "Method not allowed",
      413, "Content too large", 415, "Unsupported media type", 500, "Internal server error",
      503, "Service unavailable");

  private Problems() {}

  static void write(Context ctx, int status, String detail) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", "about:blank");
    o.put("title", TITLES.getOrDefault(status, "Error"));
    o.put("status", status);
    o.put("detail", detail);
    o.put("instance", ctx.path());
    ctx.status(status).contentType(CONTENT_TYPE).result(o.toString());
    if (status == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"marsad\"");
    }
  }
}
