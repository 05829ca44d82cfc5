package org.marsad.input;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Text decoded from bytes, with the charset used and any warnings (e.g. invalid bytes replaced).
 */
public record DecodedText(String text, Charset charset, List<String> warnings) {
  public DecodedText {
    warnings = List.copyOf(warnings);
  }
}
