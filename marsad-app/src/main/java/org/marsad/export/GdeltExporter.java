package org.marsad.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.events.CameoTable;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.kb.PlaceCoordinates;

/**
 * The GDELT 2.0 event table: one tab-separated row of 61 columns per event, no header (as GDELT
 * ships it). Columns Marsad cannot fill are left empty; docs/exports.md lists them.
 */
final class GdeltExporter implements Exporter {
  static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
      "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
      "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
      "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
      "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
      "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
      "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  private final Writer out;
  private final CameoTable cameo = CameoTable.shared();

  GdeltExporter(Writer out) {
    this.out = out;
  }

  @Override
  public int write(ExportDoc doc, EventFilter filter) throws IOException {
    Map<String, JsonNode> entities = EventView.entities(doc.doc());
    int n = 0;
    for (JsonNode e : doc.doc().path("events")) {
      if (!filter.accepts(e)) {
        continue;
      }
      Map<String, String> row = row(EventView.of(doc, e, entities));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < COLUMNS.size(); i++) {
        if (i > 0) {
          b.append('\t');
        }
        b.append(clean(row.get(COLUMNS.get(i))));
      }
      b.append('\n');
      out.write(b.toString());
      n++;
    }
    return n;
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  Map<String, String> row(EventView v) {
    Map<String, String> r = new HashMap<>();
    r.put("GLOBALEVENTID", Long.toString(v.globalId()));
    String day = v.day();
    if (day != null) {
      LocalDate d = LocalDate.parse(day);
      r.put("SQLDATE", day.replace("-", ""));
      r.put("MonthYear", day.substring(0, 7).replace("-", ""));
      r.put("Year", day.substring(0, 4));
      r.put("FractionDate", String.format(Locale.ROOT, "%.4f",
          d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear()));
    }
    actor(r, "Actor1", v, "source");
    actor(r, "Actor2", v, "target");
    int sentence = v.event.path("sentence").asInt(-1);
    r.put("IsRootEvent", sentence >= 0 && sentence <= 1 ? "1" : "0");
    String code = v.cameo();
    if (code != null) {
      r.put("EventCode", code);
      r.put("EventBaseCode", code.length() > 3 ? code.substring(0, 3) : code);
      r.put("EventRootCode", code.length() >= 2 ? code.substring(0, 2) : code);
      int q = cameo.quadClass(code);
      r.put("QuadClass", q == 0 ? null : Integer.toString(q));
      double g = cameo.goldstein(code);
      r.put("GoldsteinScale", Double.isNaN(g) ? null : String.format(Locale.ROOT, "%.1f", g));
    }
    r.put("NumMentions", "1");
    r.put("NumSources", Integer.toString(v.doc.sourceCount()));
    r.put("NumArticles", Integer.toString(Math.max(1, v.doc.sources().size())));
    geo(r, "Actor1Geo", v.entity("source"), null);
    geo(r, "Actor2Geo", v.entity("target"), null);
    geo(r, "ActionGeo", v.entity("location"), v.argText("location"));
    String published = v.doc.published();
    if (published != null && published.matches("\\d{4}-\\d{2}-\\d{2}")) {
      r.put("DATEADDED", published.replace("-", "") + "000000");
    }
    r.put("SOURCEURL", v.doc.url());
    return r;
  }

  private static void actor(Map<String, String> r, String p, EventView v, String arg) {
    String code = v.actor(arg);
    JsonNode ent = v.entity(arg);
    if (code == null && ent != null) {
      code = ExportDoc.text(ent, "actor");
    }
    String name = ent == null ? null : ExportDoc.text(ent, "name_en");
    if (name == null) {
      name = v.argText(arg);
    }
    r.put(p + "Code", code);
    r.put(p + "Name", name == null ? null : name.toUpperCase(Locale.ROOT));
    r.put(p + "CountryCode", EventView.countryOf(code));
    r.put(p + "KnownGroupCode", EventView.groupOf(code));
    for (int i = 0; i < 3; i++) {
      String t = EventView.typeOf(code, i);
      r.put(p + "Type" + (i + 1) + "Code", t != null && t.equals(EventView.groupOf(code)) ? null : t);
    }
  }

  /** Geography of an entity known to the KB (coordinates: {@link PlaceCoordinates}); else only the name given. */
  private static void geo(Map<String, String> r, String p, JsonNode entity, String fallbackName) {
    KbEntry kb = null;
    String kbId = entity == null ? null : ExportDoc.text(entity, "kb");
    if (kbId != null) {
      kb = KnowledgeBase.shared().get(kbId);
    }
    boolean place = entity != null && "LOC".equals(ExportDoc.text(entity, "type"));
    if (!place && fallbackName == null) {
      return;
    }
    String name = entity == null ? null : ExportDoc.text(entity, "name_en");
    if (name == null && entity != null) {
      name = ExportDoc.text(entity, "name");
    }
    if (name == null) {
      name = fallbackName;
    }
    r.put(p + "_FullName", name);
    PlaceCoordinates.LatLon at = kb == null ? null : PlaceCoordinates.shared().of(kbId, KnowledgeBase.shared());
    if (at != null) {
      r.put(p + "_Lat", String.format(Locale.ROOT, "%.4f", at.lat()));
      r.put(p + "_Long", String.format(Locale.ROOT, "%.4f", at.lon()));
      r.put(p + "_Type", kb.country() != null && kb.country().equals(kb.actor()) ? "1" : "4");
    }
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
