package org.marsad.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.EntityType;

/**
 * Size figures of a KB: entries by type and source file, people with roles. Run as
 * {@code KbStats [USER_KB_FILE...]}. Stateless.
 */
public final class KbStats {
  private KbStats() {}

  public static String summarize(KnowledgeBase kb) {
    Map<EntityType, Integer> byType = new TreeMap<>();
    Map<String, Integer> bySource = new TreeMap<>();
    int people = 0;
    int peopleWithRoles = 0;
    int peopleWithPositions = 0;
    int wikidata = 0;
    for (KbEntry e : kb.entries()) {
      byType.merge(e.type(), 1, Integer::sum);
      bySource.merge(e.source(), 1, Integer::sum);
      wikidata += e.isWikidata() ? 1 : 0;
      if (e.type() == EntityType.PER) {
        people++;
        peopleWithRoles += e.roles().isEmpty() ? 0 : 1;
        peopleWithPositions += e.roles().stream().anyMatch(r -> !"-".equals(r.role())) ? 1 : 0;
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("entries: ").append(kb.entries().size()).append(" (Wikidata ids: ").append(wikidata)
        .append(")\n");
    byType.forEach((t, n) -> b.append("  ").append(t).append(": ").append(n).append('\n'));
    b.append("people: ").append(people).append(", with roles: ").append(peopleWithRoles)
        .append(", with titled positions (HOS, FM, ...): ").append(peopleWithPositions).append('\n');
    b.append("by file:\n");
    bySource.forEach((s, n) -> b.append("  ").append(s).append(": ").append(n).append('\n'));
    b.append("warnings (shared forms): ").append(kb.warnings().size()).append('\n');
    return b.toString();
  }

  public static void main(String[] args) {
    List<Path> user = new ArrayList<>();
    for (String a : args) {
      user.add(Path.of(a));
    }
    long t0 = System.nanoTime();
    KnowledgeBase kb = KnowledgeBase.load(user);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.print(summarize(kb));
    System.out.println("load: " + ms + " ms");
  }
}
