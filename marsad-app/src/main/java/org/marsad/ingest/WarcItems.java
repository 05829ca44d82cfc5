package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import org.marsad.input.InputException;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC archives (jwarc; plain or gzipped): every successful (2xx) HTTP response whose
 * payload is HTML or plain text is an article, with the target URI as its url, the host as its
 * outlet unless the page names one, and the capture date when the page gives no date.
 */
final class WarcItems {
  private WarcItems() {}

  static void read(Path file, long maxBytes, ItemSink sink) throws InputException, InterruptedException {
    try (WarcReader reader = new WarcReader(file)) {
      reader.setLenient(true);
      long n = 0;
      for (WarcRecord rec : reader) {
        n++;
        if (!(rec instanceof WarcResponse resp)) {
          continue;
        }
        String where = file + " record " + n;
        try {
          var http = resp.http();
          if (http.status() < 200 || http.status() >= 300) {
            continue;
          }
          MediaType type = http.contentType().base();
          boolean html = type.equals(MediaType.HTML) || type.subtype().toLowerCase(Locale.ROOT).contains("html");
          if (!html && !type.equals(MediaType.PLAIN_TEXT)) {
            continue;
          }
          byte[] body = http.bodyDecoded().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
          if (body.length > maxBytes) {
            sink.accept(IngestItem.failed(where, "payload larger than " + maxBytes + " bytes"));
            continue;
          }
          String url = resp.target();
          String host = resp.targetURI().getHost();
          String date = rec.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
          sink.accept(new IngestItem(where, body, html, null, null, null, url, host, date, true,
              null));
        } catch (IOException | IllegalArgumentException e) {
          sink.accept(IngestItem.failed(where, "unreadable HTTP response (" + e.getMessage() + ")"));
        }
      }
    } catch (IOException e) {
      throw new InputException(file + ": not a readable WARC file (" + e.getMessage() + ")", e);
    }
  }
}
