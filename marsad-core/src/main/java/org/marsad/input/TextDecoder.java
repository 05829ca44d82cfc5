package org.marsad.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the bytes of an article: UTF-8 (with or without BOM), UTF-16 with BOM, and the legacy
 * Arabic encodings windows-1256 and ISO-8859-6, detected automatically.
 *
 * <p>Detection: a BOM decides; bytes that are valid UTF-8 are UTF-8; otherwise the legacy charset
 * whose decoding yields the more plausible Arabic (the article {@code ال} and the conjunction
 * {@code و} at word starts, few unmapped bytes) wins. Mostly-UTF-8 bytes with a few invalid
 * sequences are decoded as UTF-8 with U+FFFD replacements and a warning. Thread-safe.
 */
public final class TextDecoder {
  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}, forcing {@code forced} when non-null.
   *
   * @param name the input's name for messages
   * @throws InputException if the bytes are binary (NUL bytes, image or archive signatures)
   */
  public static DecodedText decode(byte[] bytes, Charset forced, String name) throws InputException {
    List<String> warnings = new ArrayList<>();
    if (forced != null) {
      return new DecodedText(lenient(bytes, 0, forced, warnings, name), forced, warnings);
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new DecodedText(lenient(bytes, 3, StandardCharsets.UTF_8, warnings, name),
          StandardCharsets.UTF_8, warnings);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new DecodedText(lenient(bytes, 2, StandardCharsets.UTF_16BE, warnings, name),
          StandardCharsets.UTF_16BE, warnings);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new DecodedText(lenient(bytes, 2, StandardCharsets.UTF_16LE, warnings, name),
          StandardCharsets.UTF_16LE, warnings);
    }
    String binary = BinarySniffer.describe(bytes);
    if (binary != null) {
      throw new InputException(name + ": not a text file (" + binary + ")");
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new DecodedText(utf8, StandardCharsets.UTF_8, warnings);
    }
    if (mostlyUtf8(bytes)) {
      return new DecodedText(lenient(bytes, 0, StandardCharsets.UTF_8, warnings, name),
          StandardCharsets.UTF_8, warnings);
    }
    String cp1256 = new String(bytes, WINDOWS_1256);
    String iso = lenient(bytes, 0, ISO_8859_6, new ArrayList<>(), name);
    if (arabicScore(iso) > arabicScore(cp1256)) {
      return new DecodedText(lenient(bytes, 0, ISO_8859_6, warnings, name), ISO_8859_6, warnings);
    }
    return new DecodedText(cp1256, WINDOWS_1256, warnings);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String strict(byte[] bytes, Charset cs) {
    CharsetDecoder d = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset cs, List<String> warnings,
      String name) {
    CharsetDecoder d = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out;
    try {
      out = d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder threw", e);
    }
    int replaced = 0;
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == '\uFFFD') {
        replaced++;
      }
    }
    if (replaced > 0) {
      warnings.add(name + ": " + replaced + " invalid " + cs.name()
          + " byte sequence(s) replaced by U+FFFD");
    }
    return out.toString();
  }

  /** Whether the bytes have well-formed multi-byte UTF-8 sequences and few malformed ones. */
  static boolean mostlyUtf8(byte[] b) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
          : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
      if (need == 0) {
        i++;
        continue;
      }
      boolean ok = need > 0;
      for (int k = 1; ok && k <= need; k++) {
        ok = i + k < b.length && (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += need + 1;
      } else {
        invalid++;
        i++;
      }
    }
    return valid > 0 && invalid * 10 < valid;
  }

  /** How much a decoding looks like Arabic prose: word-initial ال and و, minus unmapped chars. */
  private static int arabicScore(String s) {
    int score = 0;
    boolean wordStart = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFFFD') {
        score -= 5;
      } else if (wordStart && c == 'ا' && i + 1 < s.length() && s.charAt(i + 1) == 'ل') {
        score += 2;
      } else if (wordStart && c == 'و') {
        score += 1;
      }
      wordStart = c == ' ' || c == '\n' || c == '\t';
    }
    return score;
  }
}
