package org.marsad.events;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.MentionKind;
import org.marsad.model.Modality;
import org.marsad.model.Sentence;
import org.marsad.model.TimeExpression;
import org.marsad.model.TimeType;
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
    List<SentenceView.EntityMentionRef> mentions = mentions(doc.entities(), doc.text());
    List<TimeExpression> times = new ArrayList<>(doc.times());
    times.sort((a, b) -> a.start() - b.start());
    List<SentenceCoder.Draft> drafts = new ArrayList<>();
    List<Sentence> sentences = doc.sentences();
    String[] frame = new String[sentences.size()];
    int mi = 0;
    int ti = 0;
    Discourse discourse = new Discourse();
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
      frame[s] = frameDate(doc.text(), sen, times.subList(ti, tj));
      if (toks.isEmpty()) {
        continue;
      }
      SentenceView view = new SentenceView(doc.text(), toks, mentions.subList(mi, mj),
          times.subList(ti, tj), agents);
      drafts.addAll(new SentenceCoder(triggers, view, s, discourse).code());
    }
    boolean titled = titled(doc);
    List<SentenceCoder.Draft> resolved = resolveNominals(doc.text(), mentions, drafts, titled);
    resolved = FightSides.apply(resolved, sectionStarts(doc));
    resolved = VictimReference.apply(resolved);
    resolved = RelativeReference.apply(doc.text(), resolved);
    if (titled) {
      resolved = headlineRestatesLead(resolved, mentions);
    }
    resolved = visitedCountries(doc.entities(), resolved);
    return EventMerger.merge(inheritDates(doc, resolved, frame), cameo);
  }

  /**
   * A visit (042) with no target whose place is in another country than the visitor's is a visit
   * to that country (وصل هادي إلى القاهرة: a visit to Egypt), as CAMEO codes it: the target is the
   * document's entity for that country, when the document names it.
   */
  static List<SentenceCoder.Draft> visitedCountries(List<Entity> entities,
      List<SentenceCoder.Draft> drafts) {
    List<SentenceCoder.Draft> out = null;
    for (int k = 0; k < drafts.size(); k++) {
      SentenceCoder.Draft d = drafts.get(k);
      if (!d.cameo().equals("042") || d.target() != null || d.location() == null
          || d.location().entity() == null || d.source() == null) {
        continue;
      }
      String country = null;
      for (Entity e : entities) {
        if (e.id().equals(d.location().entity())) {
          country = SentenceView.countryOf(e);
          break;
        }
      }
      if (country == null || d.source().code != null && d.source().code.startsWith(country)) {
        continue;
      }
      for (Entity e : entities) {
        if (e.type() == EntityType.LOC && country.equals(e.actor()) && !e.mentions().isEmpty()) {
          Mention m = e.mentions().get(0);
          Actor tgt = new Actor(0, 0, m.start(), m.end(), e.id(), e.type(), e.actor(), true);
          tgt.country = true;
          tgt.text = m.text();
          if (out == null) {
            out = new ArrayList<>(drafts);
          }
          out.set(k, new SentenceCoder.Draft(d.cameo(), d.sentence(), d.token(), d.verb(),
              d.trigger(), d.source(), tgt, d.location(), d.date(), d.time(), d.modality(),
              d.attribution(), d.confidence(), d.weak(), d.recip()));
          break;
        }
      }
    }
    return out == null ? drafts : out;
  }

  /**
   * A headline restates its lead in other words (حفتر يدعو قادة الجيش over طالب حفتر قادته):
   * a headline event whose named source also acts in the first body sentence, with another code,
   * is that lead event and is dropped (with the same code, the merger joins the two). The body
   * may name the headline's actor only in its source's title: الجيش الليبي يتعهد over قال الناطق
   * الرسمي باسم اللواء الأول مشاة التابع للجيش الليبي أحمد الخراز.
   */
  static List<SentenceCoder.Draft> headlineRestatesLead(List<SentenceCoder.Draft> drafts,
      List<SentenceView.EntityMentionRef> mentions) {
    java.util.Map<String, Set<String>> leadCodes = new java.util.HashMap<>();
    for (SentenceCoder.Draft d : drafts) {
      if (d.sentence() == 1 && d.source() != null && d.source().entity != null) {
        leadCodes.computeIfAbsent(d.source().key(), k -> new java.util.HashSet<>()).add(d.cameo());
        if (d.source().named && d.trigger().start() < d.source().start) {
          // قال [الناطق باسم اللواء التابع للجيش الليبي] أحمد الخراز: the title's bodies
          for (SentenceView.EntityMentionRef m : mentions) {
            if (m.mention().start() > d.trigger().start()
                && m.mention().start() < d.source().start
                && m.entity().type() == EntityType.ORG) {
              leadCodes.computeIfAbsent(m.entity().id(), k -> new java.util.HashSet<>())
                  .add(d.cameo());
            }
          }
        }
      }
    }
    if (leadCodes.isEmpty()) {
      return drafts;
    }
    List<SentenceCoder.Draft> out = new ArrayList<>(drafts.size());
    for (SentenceCoder.Draft d : drafts) {
      Set<String> codes = d.sentence() == 0 && d.source() != null && d.source().entity != null
          ? leadCodes.get(d.source().key()) : null;
      if (codes == null || codes.contains(d.cameo())) {
        out.add(d);
      }
    }
    return out;
  }

  /** Whether the first sentence is a line of its own followed by more text: a headline. */
  static boolean titled(Document doc) {
    List<Sentence> sentences = doc.sentences();
    if (sentences.size() < 2) {
      return false;
    }
    String text = doc.text();
    return text.substring(sentences.get(0).start(), sentences.get(0).end()).indexOf('\n') < 0
        && text.substring(sentences.get(0).end(), sentences.get(1).start()).indexOf('\n') >= 0;
  }

  private static boolean relativeBefore(String text, int from, int to) {
    for (String w : text.substring(from, Math.max(from, to)).split("[\\s،,.()«»]+")) {
      if (Cues.RELATIVES.contains(Words.fold(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A nominal actor that heads a named group mentioned earlier in the article is that group:
   * المتمردين after المتمردين الحوثيين، الجيش after الجيش الليبي. The nearest preceding such
   * mention wins (in a headline, else the first following one); the actor stays nominal (not
   * named) for the pruning rules.
   */
  static List<SentenceCoder.Draft> resolveNominals(String text,
      List<SentenceView.EntityMentionRef> mentions, List<SentenceCoder.Draft> drafts,
      boolean titled) {
    if (mentions.isEmpty()) {
      return drafts;
    }
    List<SentenceCoder.Draft> out = new ArrayList<>(drafts.size());
    NominalHeads heads = new NominalHeads(mentions);
    for (SentenceCoder.Draft d : drafts) {
      boolean title = d.sentence() == 0 && titled;
      Actor src = resolve(text, d.source(), heads, title);
      Actor tgt = resolve(text, d.target(), heads, title);
      if (src == d.source() && tgt == d.target()) {
        out.add(d);
        continue;
      }
      if (src != null && tgt != null && src.entity != null && src.entity.equals(tgt.entity)) {
        tgt = d.target();
      }
      out.add(new SentenceCoder.Draft(d.cameo(), d.sentence(), d.token(), d.verb(), d.trigger(),
          src, tgt, d.location(), d.date(), d.time(), d.modality(), d.attribution(),
          d.confidence(), d.weak(), d.recip()));
    }
    return out;
  }

  private static Actor resolve(String text, Actor a, NominalHeads heads, boolean title) {
    if (a == null || a.entity != null || a.text == null) {
      return a;
    }
    if (a.code != null && a.code.length() == 6) {
      // قوات الاحتلال، جنود إسرائيليون (ISRMIL): the article's named group of that country and
      // sector (الجيش الإسرائيلي)
      SentenceView.EntityMentionRef same = heads.withCode(a.code, a.start);
      if (same != null) {
        return linked(a, same);
      }
    }
    String head = Words.fold(a.text.trim());
    if (head.startsWith("و")) {
      head = head.substring(1);
    }
    if (!head.startsWith("ال") && a.start >= 2 && text.startsWith("لل", a.start - 2)) {
      head = "ال" + head; // للكتيبة, its article fused with ل
    }
    if (!head.startsWith("ال") || head.indexOf(' ') >= 0 || head.length() < 4) {
      return a;
    }
    SentenceView.EntityMentionRef best = heads.nearest(head, a.start, title);
    if (best == null) {
      return a;
    }
    return linked(a, best);
  }

  /** The nominal actor {@code a} linked to the entity of mention {@code best}, still nominal. */
  private static Actor linked(Actor a, SentenceView.EntityMentionRef best) {
    Actor r = new Actor(a.from, a.to, a.start, a.end, best.entity().id(), best.entity().type(),
        a.code != null ? a.code : best.entity().actor(), false);
    r.prep = a.prep;
    r.text = a.text;
    r.country = a.country;
    return r;
  }

  /** Openers of a new topic: من جهة أخرى، في غضون ذلك، على صعيد آخر ... */
  private static final List<String> TOPIC_SHIFTS = List.of("من جهة اخرى", "من جهة ثانية",
      "من ناحية اخرى", "من ناحية ثانية", "في غضون ذلك", "على صعيد اخر", "على الصعيد",
      "وعلى الصعيد", "في سياق اخر", "وفي سياق اخر", "في شان اخر", "وفي شان اخر", "الى ذلك",
      "والى ذلك", "في سياق منفصل", "وفي سياق منفصل", "من جانب اخر", "من جانب آخر");

  /** Whether sentence {@code sen} opens with a topic shift (من جهة أخرى، في غضون ذلك ...). */
  private static boolean topicShift(String text, Sentence sen) {
    String head = Words.fold(text.substring(sen.start(), Math.min(sen.end(), sen.start() + 40)))
        .replace("،", " ").replace(",", " ").trim();
    for (String t : TOPIC_SHIFTS) {
      if (head.startsWith(Words.fold(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each sentence, the first sentence of its section: the body's start (after a headline)
   * or the last sentence that opens with a topic shift.
   */
  static int[] sectionStarts(Document doc) {
    List<Sentence> sentences = doc.sentences();
    int[] out = new int[sentences.size()];
    int firstBody = titled(doc) ? 1 : 0;
    int start = 0;
    for (int s = 0; s < out.length; s++) {
      if (s == firstBody || s > firstBody && topicShift(doc.text(), sentences.get(s))) {
        start = s;
      }
      out[s] = start;
    }
    return out;
  }

  /**
   * Dates from the frame: an event of a sentence with no time expression takes the date of the
   * nearest preceding dated sentence of the same paragraph, else the date of the lead of its
   * section (the article's first body sentence, or the first sentence after a topic shift such
   * as من جهة أخرى), else stays null. Announced and conditional events (future, hypothetical)
   * inherit nothing: the frame dates the announcement, not the action.
   */
  static List<SentenceCoder.Draft> inheritDates(Document doc, List<SentenceCoder.Draft> drafts,
      String[] frame) {
    List<Sentence> sentences = doc.sentences();
    int n = sentences.size();
    if (n < 2) {
      return drafts;
    }
    String text = doc.text();
    String[] inherited = new String[n];
    boolean[] fromLast = new boolean[n];
    int[] lastAt = new int[n];
    List<Set<String>> speakers = speakers(drafts, n);
    int firstBody = titled(doc) ? 1 : 0;
    String lead = null;
    String last = null;
    int lastSentence = -1;
    for (int s = firstBody; s < n; s++) {
      Sentence sen = sentences.get(s);
      boolean newParagraph = s == firstBody
          || text.substring(sentences.get(s - 1).end(), sen.start()).indexOf('\n') >= 0;
      boolean shift = topicShift(text, sen);
      if (newParagraph) {
        last = null;
      }
      if (s == firstBody || shift) {
        lead = frame[s];
      }
      inherited[s] = frame[s] != null ? frame[s] : last != null ? last : lead;
      fromLast[s] = frame[s] == null && last != null;
      lastAt[s] = lastSentence;
      if (frame[s] != null) {
        last = frame[s];
        lastSentence = s;
      }
    }
    List<SentenceCoder.Draft> out = new ArrayList<>(drafts.size());
    for (SentenceCoder.Draft d : drafts) {
      String date = d.sentence() < n ? inherited[d.sentence()] : null;
      if (d.date() != null || date == null || d.modality() == Modality.FUTURE
          || d.modality() == Modality.HYPOTHETICAL || frame[d.sentence()] != null
          || d.source() == null && d.target() == null
          || d.sentence() < n && fromLast[d.sentence()]
              && othersStatement(d, speakers.get(lastAt[d.sentence()]))) {
        out.add(d);
        continue;
      }
      out.add(new SentenceCoder.Draft(d.cameo(), d.sentence(), d.token(), d.verb(), d.trigger(),
          d.source(), d.target(), d.location(), date, null, d.modality(), d.attribution(),
          d.confidence(), d.weak(), d.recip()));
    }
    return out;
  }

  /**
   * The named speakers of each sentence: sources of its verbs of saying, attributions of its
   * events (قال نادي الأسير، أمس الجمعة، إن الأسرى يضربون).
   */
  private static List<Set<String>> speakers(List<SentenceCoder.Draft> drafts, int n) {
    List<Set<String>> out = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      out.add(new HashSet<>(2));
    }
    for (SentenceCoder.Draft d : drafts) {
      if (d.sentence() >= n) {
        continue;
      }
      if (d.attribution() != null && d.attribution().entity() != null) {
        out.get(d.sentence()).add(d.attribution().entity());
      }
      if (statement(d)) {
        out.get(d.sentence()).add(d.source().entity);
      }
    }
    return out;
  }

  private static boolean statement(SentenceCoder.Draft d) {
    return d.verb() && d.source() != null && d.source().entity != null && d.source().named
        && Cues.SPEECH.contains(SentenceView.strip(Words.fold(d.trigger().text())));
  }

  /**
   * Whether {@code d} is a statement by a speaker other than the named speakers of the sentence
   * whose date it would inherit: another speaker's dated statement (قال نادي الأسير، أمس الجمعة)
   * is not the frame of the next one (وقالت هيئة شؤون الأسرى ... إن).
   */
  private static boolean othersStatement(SentenceCoder.Draft d, Set<String> frameSpeakers) {
    return statement(d) && !frameSpeakers.isEmpty()
        && !frameSpeakers.contains(d.source().entity);
  }

  /**
   * The date of a sentence as a frame for the next ones: its first DATE/TIME expression that is
   * not inside a relative clause (قريبه الذي قتل الخميس dates the killing, not the report).
   */
  private static String frameDate(String text, Sentence sen, List<TimeExpression> times) {
    for (TimeExpression t : times) {
      if (relativeBefore(text, sen.start(), t.start())) {
        return null;
      }
      if ((t.type() == TimeType.DATE || t.type() == TimeType.TIME) && t.value() != null
          && !t.value().isEmpty() && Character.isDigit(t.value().charAt(0))) {
        return SentenceCoder.datePart(t.value());
      }
    }
    return null;
  }

  /**
   * The entities' mentions, completed within the document: every other occurrence of a name an
   * entity is mentioned by (at word boundaries, after a clitic و/ف/ب/ل at most) is a mention of
   * it too when no other mention covers it (one sense per discourse: the resolver may link only
   * some occurrences of المالكي; للسعودية is السعودية after ل). Names shorter than four letters
   * and places other than countries are not propagated.
   */
  static List<SentenceView.EntityMentionRef> mentions(List<Entity> entities, String text) {
    List<SentenceView.EntityMentionRef> out = new ArrayList<>();
    boolean[] covered = new boolean[text.length()];
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        out.add(new SentenceView.EntityMentionRef(e, m));
        for (int k = Math.max(0, m.start()); k < Math.min(text.length(), m.end()); k++) {
          covered[k] = true;
        }
      }
    }
    List<SentenceView.EntityMentionRef> extra = new ArrayList<>();
    WordStarts words = null;
    for (Entity e : entities) {
      if (words == null) {
        words = new WordStarts(text); // built once: the scan below stays linear on long texts
      }
      if (e.type() == EntityType.LOC && (e.actor() == null || e.actor().length() != 3)) {
        continue; // places other than countries are not actors
      }
      java.util.Set<String> forms = new java.util.HashSet<>();
      for (Mention m : e.mentions()) {
        if (m.kind() == MentionKind.NAME && m.text().length() >= 4) {
          forms.add(m.text());
          if (m.text().startsWith("ال")) {
            forms.add("لل" + m.text().substring(2)); // ل + ال: للسعودية
          }
          int space = m.text().indexOf(' ');
          if (e.type() == EntityType.ORG && space > 2 && m.text().charAt(space - 1) == 'ة') {
            // رئاستا الجمهورية والوزراء: the dual of the organisation's head noun names it too
            String head = m.text().substring(0, space - 1);
            forms.add(head + "تا" + m.text().substring(space));
            forms.add(head + "تي" + m.text().substring(space));
          }
        }
      }
      for (String f : forms) {
        for (int at : words.candidates(f)) {
          if (!text.startsWith(f, at)) {
            continue;
          }
          int end = at + f.length();
          if (!free(covered, at, end) || !boundaryBefore(text, at)
              || end < text.length() && Character.isLetter(text.charAt(end))) {
            continue;
          }
          for (int k = at; k < end; k++) {
            covered[k] = true;
          }
          extra.add(new SentenceView.EntityMentionRef(e,
              new Mention(at, end, f, MentionKind.NAME)));
        }
      }
    }
    out.addAll(extra);
    out.sort((a, b) -> a.mention().start() != b.mention().start()
        ? a.mention().start() - b.mention().start() : b.mention().end() - a.mention().end());
    return out;
  }

  private static boolean free(boolean[] covered, int from, int to) {
    for (int k = from; k < to; k++) {
      if (covered[k]) {
        return false;
      }
    }
    return true;
  }

  /** At a word start, or after one clitic (و، ف، ب، ل) that starts the word. */
  private static boolean boundaryBefore(String text, int at) {
    if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
      return true;
    }
    char c = text.charAt(at - 1);
    return "وفبل".indexOf(c) >= 0 && (at == 1 || !Character.isLetter(text.charAt(at - 2)));
  }

}
