package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.marsad.model.Document;
import picocli.CommandLine;

/** Prints the build version and the JSON contract version. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {
      "marsad " + p.getProperty("version", "unknown") + " (document JSON " + Document.SCHEMA + ")",
      "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")
    };
  }
}
