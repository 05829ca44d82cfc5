package org.marsad.ingest;

/**
 * One article found in an input, before decoding: either raw {@code bytes} (a file, a WARC
 * payload, a feed entry's HTML) or {@code text} (a JSONL record), with the metadata its container
 * gave (any may be null). {@code name} says where it came from, for messages
 * ({@code feed.xml entry 3}, {@code in.jsonl line 12}). An item with {@code error} set could not
 * be read at all and is counted as failed with that reason. With {@code pageFirst}, metadata
 * found in the page itself (HTML title, site name, date) wins over the container's (a WARC
 * capture date is only a fallback); otherwise the container's wins (a feed's entry title).
 */
public record IngestItem(String name, byte[] bytes, boolean html, String text, String id,
    String title, String url, String source, String published, boolean pageFirst, String error) {
  static IngestItem bytes(String name, byte[] bytes, boolean html, String title, String url,
      String source, String published) {
    return new IngestItem(name, bytes, html, null, null, title, url, source, published, false,
        null);
  }

  static IngestItem failed(String name, String error) {
    return new IngestItem(name, null, false, null, null, null, null, null, null, false, error);
  }
}
