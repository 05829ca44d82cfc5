package org.marsad.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article from a file or stream: checks it, decodes it ({@link TextDecoder}) and, for
 * HTML (by extension or by sniffing), extracts its main text ({@link HtmlExtractor}).
 *
 * <p>Every failure is an {@link InputException} whose message names the input. Thread-safe.
 */
public final class ArticleReader {
  /** The default input size limit, 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)");

  private final Charset forced;
  private final long maxBytes;

  /**
   * @param forced the charset to use instead of detecting one, or null
   * @param maxBytes inputs larger than this are refused
   */
  public ArticleReader(Charset forced, long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.forced = forced;
    this.maxBytes = maxBytes;
  }

  public RawArticle read(Path path) throws InputException {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new InputException(name + ": is a directory, not a file");
    }
    if (!Files.exists(path)) {
      throw new InputException(name + ": no such file");
    }
    long size;
    byte[] bytes;
    try {
      size = Files.size(path);
      checkSize(size, name);
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(name + ": permission denied", e);
    } catch (IOException e) {
      throw new InputException(name + ": cannot read (" + e.getMessage() + ")", e);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    boolean html = lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
    return parse(bytes, name, html);
  }

  /** Reads a whole stream (e.g. stdin), refusing it as soon as it exceeds the limit. */
  public RawArticle read(InputStream in, String name) throws InputException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new InputException(name + ": cannot read (" + e.getMessage() + ")", e);
    }
    checkSize(bytes.length, name);
    return parse(bytes, name, false);
  }

  /** Decodes and extracts the given bytes; {@code html} forces HTML extraction. */
  public RawArticle parse(byte[] bytes, String name, boolean html) throws InputException {
    checkSize(bytes.length, name);
    List<String> warnings = new ArrayList<>();
    Charset charset = forced;
    if (charset == null && (html || sniffHtml(bytes))) {
      charset = declaredCharset(bytes);
    }
    DecodedText decoded = TextDecoder.decode(bytes, charset, name);
    warnings.addAll(decoded.warnings());
    String text = decoded.text();
    if (html || HtmlExtractor.looksLikeHtml(text)) {
      HtmlArticle a = HtmlExtractor.extract(text, null);
      requireText(a.text(), name);
      return new RawArticle(a.text(), a.title(), a.url(), a.published(), a.source(), warnings);
    }
    requireText(text, name);
    return new RawArticle(text, null, null, null, null, warnings);
  }

  private void checkSize(long size, String name) throws InputException {
    if (size > maxBytes) {
      throw new InputException(String.format(Locale.ROOT,
          "%s: input is larger than the limit of %s (use --max-size to raise it)", name,
          formatBytes(maxBytes)));
    }
  }

  static String formatBytes(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }

  private static void requireText(String text, String name) throws InputException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF'
          && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.CONTROL) {
        return;
      }
    }
    throw new InputException("no text in " + name);
  }

  private static boolean sniffHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    return HtmlExtractor.looksLikeHtml(head);
  }

  /** The charset a page declares in a meta tag, if Java knows it. */
  private static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        return Charset.forName(m.group(1));
      } catch (IllegalArgumentException e) {
        return null; // unknown name: fall back to detection
      }
    }
    return null;
  }
}
