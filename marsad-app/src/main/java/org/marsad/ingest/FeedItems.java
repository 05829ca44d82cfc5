package org.marsad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import org.marsad.input.InputException;

/**
 * Reads RSS and Atom feeds (Rome): each entry is an article whose text is the entry's content
 * (else its description), with the entry's title, link and date, and the feed's title as outlet.
 */
final class FeedItems {
  private FeedItems() {}

  static void read(byte[] xml, String name, ItemSink sink) throws InputException, InterruptedException {
    SyndFeed feed;
    try {
      SyndFeedInput in = new SyndFeedInput();
      feed = in.build(new XmlReader(new ByteArrayInputStream(xml)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new InputException(name + ": not a readable RSS or Atom feed (" + e.getMessage() + ")", e);
    }
    String outlet = blankToNull(feed.getTitle());
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String where = name + " entry " + n;
      String body = content(e);
      if (body == null || body.isBlank()) {
        sink.accept(IngestItem.failed(where, "entry has no content or description"));
        continue;
      }
      sink.accept(IngestItem.bytes(where, body.getBytes(StandardCharsets.UTF_8), looksHtml(body),
          blankToNull(e.getTitle()), blankToNull(e.getLink()), outlet, date(e)));
    }
  }

  private static String content(SyndEntry e) {
    StringBuilder b = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        b.append(c.getValue()).append('\n');
      }
    }
    if (b.length() == 0 && e.getDescription() != null) {
      b.append(e.getDescription().getValue());
    }
    return b.toString();
  }

  private static String date(SyndEntry e) {
    Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static boolean looksHtml(String s) {
    return s.indexOf('<') >= 0 && s.indexOf('>') > 0;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
