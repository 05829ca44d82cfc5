package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Finds entity keys by name among the aliases stored with the documents: a name key (stems) maps
 * to every entity any document called that way ({@code أوردغان}, {@code الرئيس التركي} and
 * {@code أردوغان} all lead to Q39259 once one document links each spelling). Reads term
 * dictionaries only. Thread-safe.
 */
final class EntityLookup {
  private EntityLookup() {}

  /** Keys of entities called {@code nameKey}. */
  static Set<String> keysForName(IndexReader reader, String nameKey) throws IOException {
    return suffixes(reader, Fields.ALIAS_TO_KEY, nameKey);
  }

  /** The canonical name stored for an entity key, or null. */
  static String label(IndexReader reader, String key) throws IOException {
    Set<String> labels = suffixes(reader, Fields.ENTITY_LABEL, key);
    return labels.isEmpty() ? null : labels.iterator().next();
  }

  /** How documents spell an entity. */
  static List<String> surfaces(IndexReader reader, String key) throws IOException {
    return new ArrayList<>(suffixes(reader, Fields.ENTITY_SURFACE, key));
  }

  /** Resolves a filter value: a QID or {@code name:} key as is, else a name through the aliases. */
  static Set<String> resolve(IndexReader reader, String value) throws IOException {
    String v = value.strip();
    if (isKey(v)) {
      return Set.of(v);
    }
    String nameKey = Terms.nameKey(v);
    Set<String> keys = new LinkedHashSet<>(keysForName(reader, nameKey));
    keys.add(EntityKeys.NAME_PREFIX + nameKey);
    return keys;
  }

  /** Whether a filter value is an entity key (a QID or a {@code name:} key) rather than a name. */
  static boolean isKey(String value) {
    String v = value.strip();
    return v.matches("Q[0-9]+") || v.startsWith(EntityKeys.NAME_PREFIX);
  }

  private static Set<String> suffixes(IndexReader reader, String field, String prefix)
      throws IOException {
    Set<String> out = new LinkedHashSet<>();
    var terms = MultiTerms.getTerms(reader, field);
    if (terms == null || prefix.isEmpty()) {
      return out;
    }
    String p = prefix + Fields.SEP;
    BytesRef pb = new BytesRef(p);
    TermsEnum te = terms.iterator();
    if (te.seekCeil(pb) == TermsEnum.SeekStatus.END) {
      return out;
    }
    for (BytesRef t = te.term(); t != null; t = te.next()) {
      String s = t.utf8ToString();
      if (!s.startsWith(p)) {
        break;
      }
      out.add(s.substring(p.length()));
    }
    return out;
  }
}
