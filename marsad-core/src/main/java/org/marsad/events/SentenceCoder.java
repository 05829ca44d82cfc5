package org.marsad.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.model.EntityRef;
import org.marsad.model.EventArgument;
import org.marsad.model.Modality;
import org.marsad.model.TextSpan;
import org.marsad.model.TimeExpression;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;

/** Codes the events of one sentence. Per call; not shared. */
final class SentenceCoder implements Words.Sink {
  private static final int MAX_PAIRS = 4;

  /** An event before ids and document-level merging. */
  record Draft(String cameo, int sentence, int token, boolean verb, TextSpan trigger, Actor source,
      Actor target, EntityRef location, String date, String time, Modality modality,
      EntityRef attribution, double confidence, boolean weak, boolean recip) {
    /** A draft of a one-sided trigger ({@code recip} false). */
    Draft(String cameo, int sentence, int token, boolean verb, TextSpan trigger, Actor source,
        Actor target, EntityRef location, String date, String time, Modality modality,
        EntityRef attribution, double confidence, boolean weak) {
      this(cameo, sentence, token, verb, trigger, source, target, location, date, time, modality,
          attribution, confidence, weak, false);
    }

    /** This draft with other actors. */
    Draft withActors(Actor src, Actor tgt) {
      return new Draft(cameo, sentence, token, verb, trigger, src, tgt, location, date, time,
          modality, attribution, confidence, weak, recip);
    }

    String root() {
      return cameo.substring(0, 2);
    }

    EventArgument sourceArg() {
      return source == null ? null : source.argument();
    }

    EventArgument targetArg() {
      return target == null ? null : target.argument();
    }
  }

  private record Found(int i, int end, TriggerLexicon.Hit hit, int flags) {}

  private final TriggerLexicon triggers;
  private final SentenceView v;
  private final int sentence;
  private final Discourse discourse;
  private final StatementAuthors authors;
  private List<TriggerLexicon.Hit> hits;
  private Actor lastVerbSource;
  private Actor lastVerbTarget;
  private int hitFlags;
  private boolean faFirst;

  SentenceCoder(TriggerLexicon triggers, SentenceView v, int sentence, Discourse discourse) {
    this.triggers = triggers;
    this.v = v;
    this.sentence = sentence;
    this.discourse = discourse;
    this.authors = new StatementAuthors(v, discourse);
  }

  @Override
  public boolean accept(String form, int flags) {
    List<TriggerLexicon.Hit> h = faFirst && (flags & Words.CONJ) != 0
        ? triggers.lookupAfterFa(form) : triggers.lookup(form);
    if (h.isEmpty()) {
      return false;
    }
    hits = h;
    hitFlags = flags;
    return true;
  }

  List<Draft> code() {
    authors.find();
    List<Found> found = findTriggers();
    if (found.isEmpty() && !mayHaveSpeech()) {
      authors.remember();
      return List.of();
    }
    boolean[] stop = new boolean[v.n];
    boolean[] speech = new boolean[v.n];
    boolean[] comp = new boolean[v.n];
    for (int k = 0; k < v.n; k++) {
      String w = v.norm[k];
      comp[k] = Cues.COMPLEMENTIZERS.contains(w);
      speech[k] = v.actorAt[k] == null && Cues.SPEECH.contains(v.strip(k));
      stop[k] = comp[k] || speech[k] || Cues.RELATIVES.contains(w)
          || ADVERBIAL_CAUSES.contains(SentenceView.strip(w));
    }
    for (Found f : found) {
      if (f.hit().entry().verb()) {
        stop[f.i()] = true;
      }
    }
    ArgumentFinder finder = new ArgumentFinder(v, stop);
    ClauseContext ctx = new ClauseContext(v, stop, speech, comp);
    List<Draft> out = new ArrayList<>();
    for (Found f : found) {
      draft(f, finder, ctx, out);
    }
    List<Draft> kept = prune(out);
    for (int k = 0; k < kept.size(); k++) {
      kept.set(k, demandedOf(kept.get(k)));
    }
    int before = kept.size();
    kept = new ArrayList<>(kept);
    new StatementCoder(v, discourse, sentence).code(speech, comp, kept, ctx);
    authors.remember();
    return kept.size() == before ? kept : prune(kept);
  }

  private boolean mayHaveSpeech() {
    for (int k = 0; k < v.n; k++) {
      if (Cues.SPEECH.contains(v.strip(k))) {
        return true;
      }
    }
    return false;
  }

  private List<Found> findTriggers() {
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < v.n; i++) {
      Token t = v.toks.get(i);
      if (t.kind() != TokenKind.ARABIC || (v.actorAt[i] != null && v.actorAt[i].named)) {
        continue;
      }
      hits = null;
      String raw = t.text();
      faFirst = !v.norm[i].isEmpty() && v.norm[i].charAt(0) == 'ف';
      Words.candidates(v.norm[i], raw.endsWith("ة") || raw.endsWith("ۀ"), this);
      if (hits == null) {
        continue;
      }
      Found best = null;
      int bestScore = Integer.MIN_VALUE;
      boolean afterPrep = i > 0 && NOUN_GOVERNORS.contains(v.norm[i - 1]);
      boolean framed = i > 0 && framingNoun(v.norm[i - 1]);
      for (TriggerLexicon.Hit h : hits) {
        String[] tail = h.entry().tail();
        boolean prepTail = !h.entry().verb() && tail.length > 0
            && TriggerLexicon.PREPS.contains(tail[0]);
        int end = v.matchTail(i + 1, tail, h.entry().verb() ? 3 : prepTail ? 2 : 0, prepTail);
        if (end < 0 || h.entry().verb() && !verbal(hitFlags, v.norm[i])) {
          continue;
        }
        if (prepTail && end > i + 1 + tail.length) {
          // سيطرة الحوثيين عليها، إضرابهم المفتوح عن الطعام: the noun's genitive or adjectives
          // stand before its preposition; the trigger is the noun, the genitive its argument
          end = i + 1;
        }
        if (!h.entry().verb() && framed) {
          continue; // محاور القتال، فيديو تعذيب: a place or a picture of fighting, not an event
        }
        if (h.entry().verb() && h.entry().intrans() && ((hitFlags & Words.ENCLITIC) != 0
            || i + 1 < v.n && v.norm[i + 1].equals("بين"))) {
          // an object pronoun means another sense: حققه (achieved it), not حقق في; and so does
          // بين after it: تجمع بين الهلال والنصر (brings together), not a gathering
          continue;
        }
        if (h.entry().verb() && afterPrep) {
          continue; // على قتل، إلى اعتقال: a verbal noun, not a verb
        }
        int score = h.entry().tail().length * 10 + posPreference(h, hitFlags);
        if (score > bestScore) {
          bestScore = score;
          best = new Found(i, end, h, hitFlags);
        }
      }
      if (best != null) {
        found.add(best);
        i = best.end() - 1;
      }
    }
    return found;
  }

  /**
   * Separate prepositions after which a trigger word is a verbal noun: على قتل، إلى اعتقال; so
   * are the heads of adverbial phrases of cause and time, which take no verb right after them
   * (جراء إصابتهم is "from their wounding", not أصابتهم "it hit them").
   */
  private static final Set<String> NOUN_GOVERNORS = Set.of("علي", "الي", "عن", "في", "ضد",
      "وعلي", "والي", "وفي", "جراء", "بسبب", "اثر", "عقب", "خلال", "اثناء", "وخلال", "واثر",
      "وعقب");

  /**
   * Nouns in the construct state whose genitive event noun names a place or a recording of the
   * event, not an event the text reports: محاور القتال (the fronts), فيديو تعذيب (a torture video).
   */
  private static final Set<String> FRAMING_NOUNS = Set.of("محور", "محاور", "محوري", "جبهات",
      "جبهتي", "خطوط", "ساحات", "ميدان", "ميادين", "فيديو", "شريط", "مقطع", "لقطات",
      "تسجيل", "تسجيلات");

  /** Whether the word is a framing noun without the article (so in the construct state). */
  static boolean framingNoun(String word) {
    if (FRAMING_NOUNS.contains(word)) {
      return true; // فيديو: its ف is a root letter, not the conjunction
    }
    String core = Words.core(word);
    return FRAMING_NOUNS.contains(core) && !word.endsWith("ال" + core)
        && !word.endsWith("لل" + core);
  }

  /** Verbs take no article and no ب/ك; ل only before an imperfect (ليقتل). */
  private static boolean verbal(int flags, String word) {
    if ((flags & Words.ARTICLE) != 0) {
      return false;
    }
    if ((flags & Words.PREP) != 0) {
      String core = SentenceView.strip(word);
      return core.startsWith("لي") || core.startsWith("لت") || core.startsWith("لن");
    }
    return true;
  }

  private static int posPreference(TriggerLexicon.Hit h, int flags) {
    boolean nominal = (flags & (Words.ARTICLE | Words.PREP)) != 0;
    return h.entry().verb() == !nominal ? 1 : 0;
  }

  private void draft(Found f, ArgumentFinder finder, ClauseContext ctx, List<Draft> out) {
    TriggerLexicon.Entry e = f.hit().entry();
    ArgumentFinder.Args args = finder.find(f.i(), f.end(), e, e.self(), lastVerbSource,
        lastVerbTarget, (f.flags() & Words.CONJ) != 0);
    ClauseContext.Attribution att = ctx.attribution(f.i());
    List<Actor> sources = args.sources();
    List<Actor> objects = null;
    if (!args.passive() && e.verb() && att != null && att.actor() != null
        && ctx.pronounSubject(f.i()) && (sources.isEmpty() || sources.get(0).from > f.i())) {
      // قال X إنه سيزور ...: the speaker acts; قالت الشرطة إنها اعتقلت مئات من الأشخاص: the
      // pronoun is the subject, so the group after the verb is its object
      if (!sources.isEmpty() && args.targets().isEmpty() && !e.intrans()) {
        objects = sources;
      }
      sources = List.of(att.actor());
    }
    if (!e.verb() && e.genSrc() && possessive(f.i(), f.end())
        && (sources.isEmpty() || sources.get(0).type != org.marsad.model.EntityType.PER)) {
      Actor person = personBefore(f.i());
      if (person != null) {
        sources = List.of(person); // لدى لقائه، رفض حكومته: his = the person named before
      }
    }
    if (sources.isEmpty() && !e.verb() && e.code().equals("142")) {
      Actor striker = personBefore(f.i()); // محمد علان ... بعد 50 يوما من الإضراب عن الطعام
      if (striker != null) {
        sources = List.of(striker);
      }
    }
    List<Actor> targets = objects != null ? objects : args.targets();
    if (targets.isEmpty() && e.code().startsWith("11")) {
      Actor author = authors.of(f.end());
      if (author != null && (sources.isEmpty() || !author.key().equals(sources.get(0).key()))) {
        targets = List.of(author); // استنكر X تصريحات المالكي / التصريحات
      }
    }
    if (e.verb() && !sources.isEmpty()) {
      lastVerbSource = sources.get(0);
      lastVerbTarget = targets.isEmpty() ? null : targets.get(0);
    }
    List<Actor> all = new ArrayList<>(sources);
    all.addAll(targets);
    Modality modality = ctx.modality(f.i(), f.hit().imperfect(), f.flags());
    if (e.state() && f.hit().imperfect() && modality != Modality.FUTURE
        && modality != Modality.HYPOTHETICAL) {
      return; // التي تسيطر على العاصمة: who holds a place is a state, not an event
    }
    TimeExpression time = lasting(f.i()) ? null : ctx.time(f.i());
    SentenceView.Place place = ctx.place(f.i(), all);
    EntityRef location = place == null ? null : new EntityRef(place.entity(), place.text());
    if (targets.isEmpty() && e.place() && place != null && !place.country()) {
      // not a whole country: a raid في مصر is not a raid on Egypt
      targets = List.of(placeActor(place)); // داهمت القوات قرية بيدو: the village is raided
    }
    TextSpan trigger = span(f.i(), f.end());
    String date = time == null ? null : datePart(time.value());
    String clock = time == null ? null : timePart(time.value());
    EntityRef attribution = att == null ? null : att.ref();
    int ns = Math.min(MAX_PAIRS, Math.max(1, sources.size()));
    int nt = Math.min(MAX_PAIRS, Math.max(1, targets.size()));
    for (int s = 0; s < ns; s++) {
      for (int t = 0; t < nt; t++) {
        Actor src = s < sources.size() ? sources.get(s) : null;
        Actor tgt = t < targets.size() ? targets.get(t) : null;
        if (src != null && (src == tgt || tgt != null && src.entity != null
            && src.entity.equals(tgt.entity))) {
          if (nt == 1 && ns == 1) {
            tgt = null; // هدد وزير الدفاع، موشيه يعلون: an apposition, not a target
          } else {
            continue;
          }
        }
        double conf = confidence(e, src, tgt, date, modality);
        String code = hostOrVisit(e.code(), src, tgt, place);
        out.add(new Draft(code, sentence, f.i(), e.verb(), trigger, src, tgt, location, date,
            clock, modality, attribution, conf, e.weak(), e.recip()));
      }
    }
  }

  /** A place as an actor: the place itself, coded with its country (بيدو: PSE). */
  private Actor placeActor(SentenceView.Place p) {
    Actor a = new Actor(p.from(), p.to(), v.toks.get(p.from()).nameStart(),
        v.toks.get(p.to() - 1).end(), p.entity(), org.marsad.model.EntityType.LOC,
        p.countryCode(), true);
    a.country = p.country();
    a.text = p.text();
    return a;
  }

  /** Units of a duration: بعد 50 يوما من الإضراب. */
  private static final Set<String> DURATIONS = Set.of("يوما", "يوم", "ايام", "اسبوعا", "اسابيع",
      "شهرا", "اشهر", "شهور", "عاما", "اعوام", "سنه", "سنوات", "ساعه", "ساعات");

  /**
   * Whether the event noun is the measure of a duration (بعد 50 يوما من الإضراب المفتوح): a
   * state that has lasted so long, which the sentence's time does not date.
   */
  private boolean lasting(int i) {
    return i >= 3 && v.norm[i - 1].equals("من") && DURATIONS.contains(v.norm[i - 2])
        && v.toks.get(i - 3).kind() == TokenKind.NUMBER;
  }

  /**
   * Whether the event noun carries a possessive pronoun (لقائه) or its genitive does (رفض
   * حكومته): raw ه/ها/هم/هما, not a teh marbuta.
   */
  private boolean possessive(int i, int end) {
    if (pronounSuffix(v.toks.get(end - 1).text())) {
      // لدى لقائه، خلال زيارته; not يمكنها زيارته، بزيارته (visiting him)
      return end == i + 1 && i > 0 && TEMPORAL_HEADS.contains(v.strip(i - 1));
    }
    return end < v.n && (v.actorAt[end] == null || !v.actorAt[end].named)
        && pronounSuffix(v.toks.get(end).text());
  }

  private static final Set<String> TEMPORAL_HEADS = Set.of("لدي", "خلال", "عقب", "بعد",
      "اثناء", "قبل", "اثر", "ابان", "اعقاب", "اختتام", "ختام", "مستهل");

  private static boolean pronounSuffix(String raw) {
    return raw.length() > 3 && (raw.endsWith("ه") || raw.endsWith("ها") || raw.endsWith("هم")
        || raw.endsWith("هما"));
  }

  /** The nearest named person before token {@code i} in the sentence, or null. */
  private Actor personBefore(int i) {
    for (int k = i - 1; k >= 0; k--) {
      Actor a = v.actorAt[k];
      if (a != null && a.named && a.entity != null && a.type == org.marsad.model.EntityType.PER) {
        return a;
      }
    }
    return null;
  }

  /**
   * A meeting (040) in the source's country is hosted by the source (043); in the target's
   * country, it is the source's visit (042).
   */
  static String hostOrVisit(String code, Actor src, Actor tgt, SentenceView.Place place) {
    if (!code.equals("040") || place == null || place.countryCode() == null || src == null) {
      return code;
    }
    if (src.code != null && src.code.startsWith(place.countryCode())) {
      return "043";
    }
    if (tgt != null && tgt.code != null && tgt.code.startsWith(place.countryCode())) {
      return "042";
    }
    return code;
  }

  private TextSpan span(int i, int end) {
    return span(v, i, end);
  }

  /** The text span of tokens {@code [i, end)} of the sentence, from the first name letter. */
  static TextSpan span(SentenceView v, int i, int end) {
    Token first = v.toks.get(i);
    int start = Math.min(first.nameStart(), first.end() - 1);
    int stop = v.toks.get(end - 1).end();
    return new TextSpan(start, stop, v.text.substring(start, stop));
  }

  static String datePart(String value) {
    int t = value.indexOf('T');
    String d = t >= 0 ? value.substring(0, t) : value;
    return d.isEmpty() ? null : d;
  }

  static String timePart(String value) {
    int t = value.indexOf('T');
    return t >= 0 && t + 1 < value.length() ? value.substring(t + 1) : null;
  }

  /**
   * A heuristic in [0.05, 0.95]: a verb trigger with a named source, a target and a date is the
   * most reliable; nominal actors, missing arguments and weak triggers lower it.
   */
  static double confidence(TriggerLexicon.Entry e, Actor src, Actor tgt, String date,
      Modality modality) {
    double c = e.verb() ? 0.40 : 0.32;
    if (src != null) {
      c += src.named ? 0.25 : 0.15;
    }
    if (tgt != null) {
      c += tgt.named ? 0.12 : 0.08;
    }
    if (date != null) {
      c += 0.05;
    }
    if (e.tail().length > 0) {
      c += 0.05;
    }
    if (e.weak()) {
      c -= 0.12;
    }
    if (modality == Modality.HYPOTHETICAL) {
      c -= 0.05;
    }
    return Math.max(0.05, Math.min(0.95, Math.round(c * 100) / 100.0));
  }

  /**
   * Sentence-level pruning. Weak triggers go when a full trigger of the same root is present. An
   * event noun governed by a preposition right after another trigger is that event's content or
   * object, not an event of its own (طالبوا بالإفراج عن، احتجاجاً على مقتل، دعا إلى الإضراب، هجوم
   * على مظاهرة), and so is one right after another event noun, as its genitive (اتفاق وقف إطلاق
   * النار). In a sentence with a protest, the demands and condemnations that are not a named
   * third party's verbs are the protest's claims (PLOVER codes them as its context). Meetings and
   * diplomatic cooperation, and intents to cooperate (03), need a named source. In a sentence
   * that tells who attacked or fought, the killed and wounded with no source (قتل 9 مدنيين وأصيب
   * 42 جراء الاشتباكات بين X و Y), and no named victim other than an attacker, are its toll, not
   * events of their own. An event noun with no actor, date or place (القتال، التحقيق) is a mention
   * of a kind of event, not a report of one. A verb of appealing or demanding (02, 10) with
   * neither source nor target (وطالب الأسرى ... أبناء الشعب، with neither found) is not coded: who
   * asked whom is the whole of such an event (a statement's actorless content verb, such as
   * تعزينا, stays: the statement is coded by it). Repeats (same root, actors, modality)
   * keep the first telling.
   */
  private List<Draft> prune(List<Draft> drafts) {
    Set<String> strongRoots = new HashSet<>();
    Set<String> protesters = new HashSet<>();
    boolean protest = false;
    int[] triggers = new int[drafts.size()];
    Set<Integer> nounTriggers = new HashSet<>();
    List<Integer> strongCandidates = new ArrayList<>();
    for (int k = 0; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      triggers[k] = d.token();
      if (!d.verb()) {
        nounTriggers.add(d.token());
      }
      if (!d.weak()) {
        strongCandidates.add(k);
      }
      if (d.root().equals("14")) {
        protest = true;
        if (d.source() != null) {
          protesters.add(d.source().key());
        }
      }
    }
    Set<Integer> calledFor = new HashSet<>();
    Set<Integer> callers = new HashSet<>();
    calledForMore(drafts, calledFor, callers);
    for (int k : strongCandidates) {
      Draft d = drafts.get(k);
      if (calledFor.contains(k) || counter(d)) {
        continue;
      }
      if (d.verb() || !embedded(d.token(), triggers) && !nounTriggers.contains(d.token() - 1)) {
        strongRoots.add(d.root()); // an embedded event noun does not push out a weak trigger
      }
    }
    boolean fight = false;
    Set<String> fighters = new HashSet<>();
    for (Draft d : drafts) {
      if ((d.root().equals("18") || d.root().equals("19")) && d.source() != null) {
        fight = true;
        fighters.add(d.source().key());
      }
    }
    List<Draft> out = new ArrayList<>(drafts.size());
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      String root = d.root();
      if (calledFor.contains(k)) {
        continue;
      }
      if (d.weak() && strongRoots.contains(root)
          || fight && d.source() == null && (d.cameo().equals("180") || d.cameo().equals("1823"))
              && (d.target() == null || !d.target().named || fighters.contains(d.target().key()))
          || !d.verb() && embedded(d.token(), triggers)
          || !d.verb() && nounTriggers.contains(d.token() - 1)
          || !d.verb() && anaphoric(d)
          || protest && isClaim(root) && !callers.contains(k) && (!d.verb()
              || d.source() == null || !d.source().named || protesters.contains(d.source().key()))
          || (root.equals("03") || root.equals("04") || root.equals("05"))
              && (d.source() == null || !d.source().named)
          || !d.verb() && d.source() == null && d.target() == null && d.date() == null
              && d.location() == null
          || d.verb() && d.source() == null && d.target() == null && !callers.contains(k)
              && (root.equals("02") || root.equals("10"))) {
        continue;
      }
      String key = root + "|" + (d.source() == null ? "" : d.source().key()) + "|"
          + (d.target() == null ? "" : d.target().key()) + "|" + d.modality();
      if (d.weak() || d.source() == null && d.target() == null) {
        key = root + "|bare|" + d.modality();
      }
      if (seen.add(key)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Whether the event noun is marked as the counter-event of another (مظاهرة مضادة لهم، تظاهرات
   * مضادة): it does not push out a weak trigger of its root, which tells the other event.
   */
  private boolean counter(Draft d) {
    int t = d.token() + 1;
    return !d.verb() && t < v.n && (v.norm[t].equals("مضاده") || v.norm[t].equals("مضاد"));
  }

  /**
   * A call for more protests (دعا X إلى تنظيم تظاهرات أخرى، دعوا إلى مزيد من الاحتجاجات) presupposes
   * the protests told before it: the called-for protest is not a report of one (its index goes
   * to {@code calledFor}) and the call is an appeal of its own, not the protest's claim (its index
   * goes to {@code callers}). Only a protest noun marked as more of the same (أخرى، مزيد من،
   * المزيد من) within eight words after إلى, after a call verb or noun (root 02).
   */
  private void calledForMore(List<Draft> drafts, Set<Integer> calledFor, Set<Integer> callers) {
    for (int k = 0; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      int t = d.token();
      if (d.verb() || !d.root().equals("14") || !moreOfTheSame(t)) {
        continue;
      }
      int to = -1;
      for (int j = t - 1; j >= 0 && j >= t - 4; j--) {
        if (v.strip(j).equals("الي")) {
          to = j;
          break;
        }
      }
      if (to < 0) {
        continue;
      }
      for (int c = 0; c < drafts.size(); c++) {
        Draft call = drafts.get(c);
        if (call.root().equals("02") && call.token() < to && to - call.token() <= 8) {
          calledFor.add(k);
          callers.add(c);
        }
      }
    }
  }

  private boolean moreOfTheSame(int t) {
    if (t + 1 < v.n && (v.norm[t + 1].equals("اخري") || v.norm[t + 1].equals("جديده"))) {
      return true;
    }
    return t >= 2 && v.norm[t - 1].equals("من")
        && (v.strip(t - 2).equals("مزيد") || v.strip(t - 2).equals("المزيد"));
  }

  /**
   * A demand with no addressee (مطالبين بمحاكمة القاتل سليمان الأسد) targets the named person or
   * organisation its ب + verbal noun is about: the one to be tried, released or held to account.
   */
  private Draft demandedOf(Draft d) {
    if (!d.root().equals("10") || d.target() != null) {
      return d;
    }
    int m = d.token() + 1;
    if (m >= v.n || v.actorAt[m] != null || !v.norm[m].startsWith("ب") || v.norm[m].length() < 5) {
      return d;
    }
    for (int j = m + 1; j < v.n && j <= m + 3; j++) {
      Actor a = v.actorAt[j];
      if (a == null) {
        if (v.toks.get(j).kind() != TokenKind.ARABIC) {
          return d; // a comma or a bracket ends the phrase
        }
        continue;
      }
      if (!a.named || a.entity == null || a.type != org.marsad.model.EntityType.PER
          && a.type != org.marsad.model.EntityType.ORG
          || d.source() != null && a.entity.equals(d.source().entity)) {
        return d;
      }
      return d.withActors(d.source(), a);
    }
    return d;
  }

  /**
   * Whether an event noun after a preposition and a demonstrative (في هذا الاعتداء، على تلك
   * الهجمات) refers back to an event told before rather than reporting one: it has no named
   * actor of its own. As a subject (وهذا الهجوم أوقع ...) it is still reported.
   */
  private boolean anaphoric(Draft d) {
    return d.token() > 1 && DEMONSTRATIVES.contains(v.strip(d.token() - 1))
        && (TriggerLexicon.PREPS.contains(v.strip(d.token() - 2))
            || NOUN_GOVERNORS.contains(v.norm[d.token() - 2]))
        && (d.source() == null || !d.source().named) && (d.target() == null || !d.target().named);
  }

  static final Set<String> DEMONSTRATIVES = Set.of("هذا", "هذه", "ذلك", "تلك", "هذين",
      "هاتين", "هولاء", "هءولاء", "اولءك");

  /**
   * Heads of adverbial phrases of time and cause (منذ سيطرة الحوثيين، جراء هجوم شنه X): the
   * actors after them belong to the phrase, not to the clause before.
   */
  private static final Set<String> ADVERBIAL_CAUSES = Set.of("منذ", "جراء", "بسبب", "اثر",
      "عقب");

  /** Whether the noun at {@code token} hangs by a preposition on a trigger just before it. */
  private boolean embedded(int token, int[] triggers) {
    if (!governedByPreposition(token)) {
      return false;
    }
    for (int t : triggers) {
      if (t < token && token - t <= 4) {
        return true;
      }
    }
    return false;
  }

  private boolean governedByPreposition(int token) {
    String w = v.norm[token];
    String bare = SentenceView.strip(w);
    if (bare.startsWith("ب") || bare.startsWith("لل") || bare.startsWith("لا")
        && !bare.startsWith("لاع")) {
      return Words.core(w).length() < bare.length();
    }
    if (token == 0) {
      return false;
    }
    String prev = SentenceView.strip(v.norm[token - 1]);
    // بفتح تحقيق، بوقف إطلاق النار: a prepositional masdar with the event noun as its object
    return EMBEDDING_PREPS.contains(prev) || prev.length() > 3 && prev.charAt(0) == 'ب'
        && v.actorAt[token - 1] == null;
  }

  private static final Set<String> EMBEDDING_PREPS = Set.of("علي", "ضد", "الي", "عن");

  private static boolean isClaim(String root) {
    return root.equals("02") || root.equals("10") || root.equals("11") || root.equals("12")
        || root.equals("09") || root.equals("08") // تحقيق، الإفراج عن: what protesters demand
        || root.equals("13"); // شتموا قادة حماس وتوعدوهم: the protesters' threats
  }


}
