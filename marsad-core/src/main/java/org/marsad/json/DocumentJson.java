package org.marsad.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.marsad.model.ActorFraming;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityRef;
import org.marsad.model.Event;
import org.marsad.model.EventArgument;
import org.marsad.model.LoadedTerm;
import org.marsad.model.Mention;
import org.marsad.model.Quote;
import org.marsad.model.Segment;
import org.marsad.model.Sentence;
import org.marsad.model.TextSpan;
import org.marsad.model.TimeExpression;
import org.marsad.model.Token;

/**
 * Writes a {@link Document} as {@code marsad/1} JSON (see {@code docs/document-json.md} and
 * {@code docs/marsad-1.schema.json}). Fields appear in the documented order; absent values are
 * written as {@code null}, never omitted; tokens only on request. Streaming: a 20 MB article is
 * never held twice in memory.
 *
 * <p>Thread-safe.
 */
public final class DocumentJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Output options. */
  public record Options(boolean pretty, boolean tokens) {
    public static final Options COMPACT = new Options(false, false);
  }

  private DocumentJson() {}

  public static String toJson(Document doc, Options options) {
    StringWriter w = new StringWriter(doc.text().length() * 2 + 1024);
    write(doc, w, options);
    return w.toString();
  }

  /** Writes one document; does not close {@code out}. */
  public static void write(Document doc, Writer out, Options options) {
    try (JsonGenerator g = generator(out, options.pretty())) {
      writeDocument(doc, g, options.tokens());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write document " + doc.meta().id(), e);
    }
  }

  /** Writes a batch error record {@code {"id": ..., "error": ...}}; does not close {@code out}. */
  public static void writeError(String id, String message, Writer out) {
    try (JsonGenerator g = generator(out, false)) {
      g.writeStartObject();
      g.writeStringField("schema", Document.SCHEMA);
      g.writeStringField("id", id);
      g.writeStringField("error", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write error record", e);
    }
  }

  private static JsonGenerator generator(Writer out, boolean pretty) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
      pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
      g.setPrettyPrinter(pp);
    }
    return g;
  }

  private static void writeDocument(Document d, JsonGenerator g, boolean tokens) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", Document.SCHEMA);
    g.writeStringField("id", d.meta().id());
    g.writeStringField("published", d.meta().published() == null ? null : d.meta().published().toString());
    g.writeStringField("title", d.meta().title());
    g.writeStringField("url", d.meta().url());
    g.writeStringField("source", d.meta().source());
    g.writeStringField("lang", d.lang());
    g.writeStringField("text", d.text());
    g.writeArrayFieldStart("sentences");
    for (Sentence s : d.sentences()) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (tokens) {
      writeTokens(d, g);
    }
    writeEntities(d, g);
    writeTimes(d, g);
    writeEvents(d, g);
    writeQuotes(d, g);
    writeFraming(d, g);
    g.writeEndObject();
  }

  private static void writeTokens(Document d, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("tokens");
    for (Token t : d.tokens()) {
      g.writeStartObject();
      g.writeNumberField("start", t.start());
      g.writeNumberField("end", t.end());
      g.writeStringField("text", t.text());
      g.writeStringField("norm", t.norm());
      g.writeStringField("kind", t.kind().name());
      g.writeArrayFieldStart("segments");
      for (Segment s : t.segments()) {
        g.writeStartObject();
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("form", s.form());
        g.writeStringField("kind", s.kind().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeEntities(Document d, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("entities");
    for (Entity e : d.entities()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("type", e.type().name());
      g.writeStringField("name", e.name());
      g.writeStringField("name_en", e.nameEn());
      g.writeStringField("kb", e.kb());
      g.writeStringField("actor", e.actor());
      g.writeArrayFieldStart("mentions");
      for (Mention m : e.mentions()) {
        g.writeStartObject();
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeStringField("text", m.text());
        g.writeStringField("kind", m.kind().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeTimes(Document d, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("times");
    for (TimeExpression t : d.times()) {
      g.writeStartObject();
      g.writeStringField("id", t.id());
      g.writeNumberField("start", t.start());
      g.writeNumberField("end", t.end());
      g.writeStringField("text", t.text());
      g.writeStringField("type", t.type().name());
      g.writeStringField("value", t.value());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeEvents(Document d, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("events");
    for (Event e : d.events()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("cameo", e.cameo());
      g.writeStringField("plover", e.plover());
      g.writeNumberField("sentence", e.sentence());
      g.writeFieldName("trigger");
      writeSpan(e.trigger(), g);
      g.writeFieldName("source");
      writeArgument(e.source(), g);
      g.writeFieldName("target");
      writeArgument(e.target(), g);
      g.writeFieldName("location");
      writeRef(e.location(), g);
      g.writeStringField("date", e.date());
      g.writeStringField("time", e.time());
      g.writeStringField("modality", e.modality() == null ? null : e.modality().jsonName());
      g.writeFieldName("attribution");
      writeRef(e.attribution(), g);
      g.writeNumberField("confidence", e.confidence());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeSpan(TextSpan s, JsonGenerator g) throws IOException {
    if (s == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.text());
    g.writeEndObject();
  }

  private static void writeArgument(EventArgument a, JsonGenerator g) throws IOException {
    if (a == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("entity", a.entity());
    g.writeStringField("text", a.text());
    g.writeStringField("actor", a.actor());
    g.writeEndObject();
  }

  private static void writeRef(EntityRef r, JsonGenerator g) throws IOException {
    if (r == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("entity", r.entity());
    g.writeStringField("text", r.text());
    g.writeEndObject();
  }

  private static void writeQuotes(Document d, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("quotes");
    for (Quote q : d.quotes()) {
      g.writeStartObject();
      g.writeNumberField("start", q.start());
      g.writeNumberField("end", q.end());
      g.writeStringField("text", q.text());
      g.writeStringField("speaker", q.speaker());
      g.writeStringField("cue", q.cue());
      g.writeBooleanField("direct", q.direct());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeFraming(Document d, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("framing");
    g.writeArrayFieldStart("loaded");
    for (LoadedTerm t : d.framing().loaded()) {
      g.writeStartObject();
      g.writeNumberField("start", t.start());
      g.writeNumberField("end", t.end());
      g.writeStringField("text", t.text());
      g.writeStringField("category", t.category());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("actors");
    for (ActorFraming a : d.framing().actors()) {
      g.writeStartObject();
      g.writeStringField("entity", a.entity());
      g.writeNumberField("score", a.score());
      g.writeArrayFieldStart("terms");
      for (String t : a.terms()) {
        g.writeString(t);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
