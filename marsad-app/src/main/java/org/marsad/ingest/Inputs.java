package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.marsad.input.InputException;

/**
 * Expands ingest arguments into items: files ({@code .txt}, {@code .html}, {@code .htm}),
 * directories (recursively, in name order), JSONL batches ({@code .jsonl}), RSS/Atom feeds
 * ({@code .rss}, {@code .atom}, {@code .xml}, or an http(s) URL) and WARC archives
 * ({@code .warc}, {@code .warc.gz}).
 */
public final class Inputs {
  private final long maxBytes;
  private final HttpClient http;

  public Inputs(long maxBytes) {
    this.maxBytes = maxBytes;
    this.http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(20))
        .build();
  }

  /** Checks that every argument exists before any work starts. */
  public static void check(List<String> args) throws InputException {
    for (String a : args) {
      if (isUrl(a)) {
        continue;
      }
      Path p = Path.of(a);
      if (!Files.exists(p)) {
        throw new InputException(a + ": no such file or directory");
      }
      if (!Files.isReadable(p)) {
        throw new InputException(a + ": permission denied");
      }
      if (Files.isRegularFile(p) && kind(p) == null) {
        throw new InputException(a + ": unsupported input (expected .txt, .html, .jsonl, .rss,"
            + " .atom, .xml, .warc or .warc.gz, a directory, or an http(s) feed URL)");
      }
    }
  }

  /** Yields the items of one argument; throws for an input that cannot be read at all. */
  public void read(String arg, ItemSink sink) throws InputException, InterruptedException {
    if (isUrl(arg)) {
      FeedItems.read(fetch(arg), arg, sink);
      return;
    }
    Path p = Path.of(arg);
    if (Files.isDirectory(p)) {
      for (Path f : walk(p)) {
        readFile(f, sink);
      }
    } else {
      readFile(p, sink);
    }
  }

  private void readFile(Path f, ItemSink sink) throws InterruptedException {
    Kind k = kind(f);
    try {
      switch (k) {
        case TEXT, HTML -> sink.accept(file(f, k == Kind.HTML));
        case JSONL -> JsonlItems.read(f, sink);
        case FEED -> FeedItems.read(readBytes(f), f.toString(), sink);
        case WARC -> WarcItems.read(f, maxBytes, sink);
      }
    } catch (InputException e) {
      sink.accept(IngestItem.failed(f.toString(), stripName(e.getMessage(), f.toString())));
    }
  }

  private IngestItem file(Path f, boolean html) {
    try {
      return IngestItem.bytes(f.toString(), readBytes(f), html, null, null, null, null);
    } catch (InputException e) {
      return IngestItem.failed(f.toString(), stripName(e.getMessage(), f.toString()));
    }
  }

  private byte[] readBytes(Path f) throws InputException {
    try {
      long size = Files.size(f);
      if (size > maxBytes) {
        throw new InputException(f + ": too large (" + size + " bytes; the limit is " + maxBytes + ")");
      }
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new InputException(f + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private byte[] fetch(String url) throws InputException {
    try {
      HttpRequest req = HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(60))
          .header("User-Agent", "marsad")
          .GET().build();
      HttpResponse<InputStream> res = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = res.body()) {
        if (res.statusCode() / 100 != 2) {
          throw new InputException(url + ": HTTP " + res.statusCode());
        }
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (b.length > maxBytes) {
          throw new InputException(url + ": larger than " + maxBytes + " bytes");
        }
        return b;
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(url + ": cannot fetch (" + e.getMessage() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(url + ": interrupted", e);
    }
  }

  private static List<Path> walk(Path dir) throws InputException {
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> out = new ArrayList<>(s.filter(Files::isRegularFile).filter(f -> kind(f) != null).toList());
      out.sort(null);
      return out;
    } catch (IOException e) {
      throw new InputException(dir + ": cannot list (" + e.getMessage() + ")", e);
    }
  }

  enum Kind { TEXT, HTML, JSONL, FEED, WARC }

  static Kind kind(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt")) {
      return Kind.TEXT;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return Kind.HTML;
    }
    if (n.endsWith(".jsonl")) {
      return Kind.JSONL;
    }
    if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
      return Kind.FEED;
    }
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return Kind.WARC;
    }
    return null;
  }

  static boolean isUrl(String a) {
    String l = a.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  private static String stripName(String message, String name) {
    return message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
  }
}
