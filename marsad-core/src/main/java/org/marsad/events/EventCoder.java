package org.marsad.events;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Sentence;
import org.marsad.model.TimeExpression;
import org.marsad.model.Token;
import org.marsad.pipeline.Stage;

/**
 * Codes political events in CAMEO and PLOVER directly from Arabic: triggers (verbs and verbal
 * nouns, {@code triggers.tsv}) matched on clitic-stripped folded forms, arguments from word order
 * ({@link ArgumentFinder}), nominal actors with sector codes ({@code agents.tsv}), modality,
 * attribution, location and date from the trigger's clause, and PLOVER type, QuadClass and
 * Goldstein from {@link CameoTable}. The same event told twice in an article (same code, actors,
 * date and modality) is reported once, its confidence raised by the second telling.
 *
 * <p>Input: a document with sentences and tokens; {@code entities} and {@code times} are used when
 * present (they may be empty: events are then coded with nominal actors only and no dates). A
 * date is never taken from the publication date: without a time expression it is null.
 *
 * <p>Offsets (trigger spans) are UTF-16 indices into {@code doc.text()}. Every search is bounded
 * by a fixed window, so time is linear in the sentence length.
 *
 * <p>Thread-safe: lexicons are loaded once and immutable; all scratch state is per call.
 *
 * @see <a href="https://parusanalytics.com/eventdata/data.dir/cameo.html">CAMEO 1.1b3</a>
 */
public final class EventCoder {
  private final TriggerLexicon triggers;
  private final AgentLexicon agents;
  private final CameoTable cameo;

  private EventCoder(TriggerLexicon triggers, AgentLexicon agents, CameoTable cameo) {
    this.triggers = triggers;
    this.agents = agents;
    this.cameo = cameo;
  }

  /** The coder over the shipped lexicons (loaded on first use). */
  public static EventCoder shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final EventCoder INSTANCE = load(Tsv.resource("triggers.tsv"),
        Tsv.resource("agents.tsv"), CameoTable.shared(), "triggers.tsv", "agents.tsv");
  }

  /**
   * A coder over the given lexicons (formats as the shipped {@code triggers.tsv} and
   * {@code agents.tsv}); the names are used in error messages.
   *
   * @throws EventLexiconException for a malformed entry, naming file and line
   */
  public static EventCoder load(Reader triggers, Reader agents, CameoTable cameo,
      String triggersName, String agentsName) {
    return new EventCoder(TriggerLexicon.load(triggersName, triggers, cameo),
        AgentLexicon.load(agentsName, agents), cameo);
  }

  /** The pipeline stage: fills {@code events}; reads tokens and, if present, entities and times. */
  public Stage stage() {
    EventCoder self = this;
    return new Stage() {
      @Override
      public String name() {
        return "events";
      }

      @Override
      public Set<String> requires() {
        return Set.of("sentences", "tokens");
      }

      @Override
      public String provides() {
        return "events";
      }

      @Override
      public Document apply(Document doc) {
        return doc.withEvents(self.code(doc));
      }
    };
  }

  TriggerLexicon triggers() {
    return triggers;
  }

  public CameoTable cameo() {
    return cameo;
  }

  /** Sizes of the loaded lexicons, for reports: trigger entries, trigger forms, agent entries. */
  public int[] sizes() {
    return new int[] {triggers.size(), triggers.forms(), agents.size()};
  }

  /** The events of the document, numbered {@code v1, v2, ...} in text order. */
  public List<Event> code(Document doc) {
    List<SentenceView.EntityMentionRef> mentions = mentions(doc.entities());
    List<TimeExpression> times = new ArrayList<>(doc.times());
    times.sort((a, b) -> a.start() - b.start());
    List<SentenceCoder.Draft> drafts = new ArrayList<>();
    List<Sentence> sentences = doc.sentences();
    int mi = 0;
    int ti = 0;
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sen = sentences.get(s);
      List<Token> toks = doc.tokensOf(sen);
      while (mi < mentions.size() && mentions.get(mi).mention().start() < sen.start()) {
        mi++;
      }
      int mj = mi;
      while (mj < mentions.size() && mentions.get(mj).mention().start() < sen.end()) {
        mj++;
      }
      while (ti < times.size() && times.get(ti).start() < sen.start()) {
        ti++;
      }
      int tj = ti;
      while (tj < times.size() && times.get(tj).start() < sen.end()) {
        tj++;
      }
      if (toks.isEmpty()) {
        continue;
      }
      SentenceView view = new SentenceView(doc.text(), toks, mentions.subList(mi, mj),
          times.subList(ti, tj), agents);
      drafts.addAll(new SentenceCoder(triggers, view, s).code());
    }
    return EventMerger.merge(drafts, cameo);
  }

  private static List<SentenceView.EntityMentionRef> mentions(List<Entity> entities) {
    List<SentenceView.EntityMentionRef> out = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        out.add(new SentenceView.EntityMentionRef(e, m));
      }
    }
    out.sort((a, b) -> a.mention().start() != b.mention().start()
        ? a.mention().start() - b.mention().start() : b.mention().end() - a.mention().end());
    return out;
  }
}
