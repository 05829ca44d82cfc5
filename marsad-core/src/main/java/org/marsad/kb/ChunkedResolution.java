package org.marsad.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityMention;
import org.marsad.model.Mention;
import org.marsad.model.Sentence;

/**
 * Resolves a very long text chunk by chunk and merges the chunks' entities: the same KB entry,
 * or an unknown entity of the same type and name, is one entity. Coreference of partial names
 * does not cross chunk boundaries; chunks end at sentence boundaries, so no mention is cut.
 */
final class ChunkedResolution {
  private ChunkedResolution() {}

  static List<Entity> resolve(Document doc, List<EntityMention> tagged, int chunkChars,
      BiFunction<String, List<EntityMention>, List<Entity>> resolver) {
    String text = doc.text();
    Map<String, Merged> merged = new LinkedHashMap<>();
    for (int[] chunk : chunks(text, doc.sentences(), chunkChars)) {
      int from = chunk[0];
      int to = chunk[1];
      List<EntityMention> local = new ArrayList<>();
      for (EntityMention m : tagged) {
        if (m.start() >= from && m.end() <= to) {
          local.add(new EntityMention(m.start() - from, m.end() - from, m.type(), m.score()));
        }
      }
      for (Entity e : resolver.apply(text.substring(from, to), local)) {
        String key = e.kb() != null ? "kb:" + e.kb() : e.type() + "|" + e.name();
        Merged into = merged.computeIfAbsent(key, k -> new Merged(e));
        for (Mention m : e.mentions()) {
          into.mentions.add(new Mention(m.start() + from, m.end() + from, m.text(), m.kind()));
        }
      }
    }
    List<Merged> all = new ArrayList<>(merged.values());
    all.forEach(m -> m.mentions.sort(Comparator.comparingInt(Mention::start)));
    all.sort(Comparator.comparingInt(m -> m.mentions.get(0).start()));
    List<Entity> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      Entity f = all.get(i).first;
      out.add(new Entity("e" + (i + 1), f.type(), f.name(), f.nameEn(), f.kb(), f.actor(),
          all.get(i).mentions));
    }
    return out;
  }

  /** Chunk ranges of about {@code size} chars, cut after a sentence (or at whitespace). */
  static List<int[]> chunks(String text, List<Sentence> sentences, int size) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    if (!sentences.isEmpty()) {
      for (Sentence s : sentences) {
        if (s.end() - start >= size) {
          out.add(new int[] {start, s.end()});
          start = s.end();
        }
      }
    } else {
      while (text.length() - start > size) {
        int cut = text.lastIndexOf(' ', start + size);
        cut = cut <= start ? start + size : cut;
        out.add(new int[] {start, cut});
        start = cut;
      }
    }
    if (start < text.length()) {
      out.add(new int[] {start, text.length()});
    }
    return out;
  }

  private static final class Merged {
    final Entity first;
    final List<Mention> mentions = new ArrayList<>();

    Merged(Entity first) {
      this.first = first;
    }
  }
}
