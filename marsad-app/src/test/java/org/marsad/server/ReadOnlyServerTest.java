package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.pipeline.Analyzer;
import org.marsad.store.Store;

/** A store another process is writing is served read-only: reads work, writes are refused. */
class ReadOnlyServerTest {
  @TempDir
  Path dir;

  @Test
  void writesAre503WhileAnotherProcessWritesTheStore() throws Exception {
    try (Store writer = Store.open(dir);
        Store reader = Store.openReadOnly(dir);
        ApiServer server = new ApiServer(reader, Analyzer.defaults(), new ApiToken("t", false), 1 << 16,
            "127.0.0.1", 0).start()) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + server.port() + "/api/documents"))
          .header("Authorization", "Bearer t").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"نص\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(503, r.statusCode(), r.body());
      assertTrue(r.body().contains("read-only"), r.body());
    }
  }

  @Test
  void theGeneratedTokenIsKeptInTheStoreAndReusedButTheEnvironmentWins() throws Exception {
    ApiToken first = ApiToken.load(dir, null);
    assertTrue(first.generated());
    assertEquals(64, first.value().length());
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve(ApiToken.FILE))));
    ApiToken again = ApiToken.load(dir, null);
    assertEquals(first.value(), again.value());
    assertTrue(!again.generated());
    assertEquals("from-env", ApiToken.load(dir, "from-env").value());
  }
}
