package org.marsad.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String ARABIC = "التقى الرئيس التركي رجب طيب أردوغان مع فائز السراج في إسطنبول والتقى الوفد.";

  private static DecodedText decode(byte[] bytes) throws InputException {
    return TextDecoder.decode(bytes, null, "in.txt");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void decodesUtf8WithoutBom() throws InputException {
    DecodedText d = decode(ARABIC.getBytes(StandardCharsets.UTF_8));
    assertEquals(ARABIC, d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertTrue(d.warnings().isEmpty());
  }

  @Test
  void decodesUtf8WithBomAndDropsTheBom() throws InputException {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARABIC.getBytes(StandardCharsets.UTF_8));
    assertEquals(ARABIC, decode(bytes).text());
  }

  @Test
  void decodesUtf16LittleAndBigEndianWithBom() throws InputException {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARABIC.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(ARABIC, decode(le).text());
    assertEquals(ARABIC, decode(be).text());
  }

  @Test
  void detectsWindows1256() throws InputException {
    DecodedText d = decode(ARABIC.getBytes(TextDecoder.WINDOWS_1256));
    assertEquals(ARABIC, d.text());
    assertEquals(TextDecoder.WINDOWS_1256, d.charset());
  }

  @Test
  void detectsIso88596() throws InputException {
    String plain = "التقى الرئيس التركي مع السراج في اسطنبول والتقى الوفد.";
    DecodedText d = decode(plain.getBytes(TextDecoder.ISO_8859_6));
    assertEquals(plain, d.text());
    assertEquals(TextDecoder.ISO_8859_6, d.charset());
  }

  @Test
  void honoursAForcedCharset() throws InputException {
    Charset cs = TextDecoder.WINDOWS_1256;
    assertEquals(ARABIC, TextDecoder.decode(ARABIC.getBytes(cs), cs, "x").text());
  }

  @Test
  void replacesInvalidUtf8BytesWithAWarningInsteadOfFailing() throws InputException {
    byte[] bytes = concat(ARABIC.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, '.'});
    DecodedText d = decode(bytes);
    assertEquals(ARABIC + "\uFFFD.", d.text());
    assertEquals(1, d.warnings().size());
    assertTrue(d.warnings().get(0).startsWith("in.txt: 1 invalid UTF-8 byte"));
  }

  @Test
  void refusesBinaryInput() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    InputException e = assertThrows(InputException.class, () -> decode(png));
    assertEquals("in.txt: not a text file (PNG image)", e.getMessage());
    byte[] nul = {'a', 'b', 0, 'c'};
    assertTrue(assertThrows(InputException.class, () -> decode(nul)).getMessage()
        .contains("not a text file"));
  }
}
