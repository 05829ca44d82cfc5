package org.marsad.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;

/** marsad/1 documents, one JSON object per line, as stored. */
final class JsonlExporter implements Exporter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Writer out;

  JsonlExporter(Writer out) {
    this.out = out;
  }

  @Override
  public int write(ExportDoc doc, EventFilter filter) throws IOException {
    out.write(JSON.writeValueAsString(doc.doc()));
    out.write('\n');
    return 1;
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
