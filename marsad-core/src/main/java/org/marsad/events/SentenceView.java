package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Segment;
import org.marsad.model.SegmentKind;
import org.marsad.model.TimeExpression;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;

/**
 * One sentence prepared for coding: folded words, clause boundaries, the actors (entity mentions
 * and nominal groups) and places, and the time expressions, all indexed by sentence-local token.
 * Built per call; linear in the sentence length (plus its mentions).
 */
final class SentenceView {
  private static final Set<String> HARD = Set.of(".", "!", "?", "؟", "؛", ";", ":", "«", "»", "\"",
      "(", ")", "\n", "…");

  /** A place mention: a LOC entity (or a country) with its token range. */
  record Place(int from, int to, String entity, String text, boolean country, String countryCode) {}

  /** A time expression with the token it starts in. */
  record TimeRef(int token, TimeExpression time) {}

  /** A mention of an entity, flattened for sorting. */
  record EntityMentionRef(Entity entity, Mention mention) {}

  /** Nouns between a preposition and its actor: على مواقع X، ضد قوات X. */
  private static final Set<String> INDIRECT_HEADS = Set.of("مواقع", "موقع", "مقر", "مقار",
      "منزل", "مناطق", "معاقل", "تجمعات", "عناصر", "قوات", "مسلحي", "مقاتلي", "انصار",
      "سفاره", "مكاتب", "قواعد", "قاعده", "مراكز", "مركز", "قيادات", "اهداف", "تمركز",
      "تمركزات", "نقطه", "نقاط", "حاجز", "حواجز", "ثكنه", "معسكر", "معسكرات", "دوريه");

  final String text;
  final List<Token> toks;
  final int n;
  final String[] norm;
  final String[] core;
  final boolean[] hard;
  /** {@code relatives[k]}: how many relative pronouns (الذي، التي ...) stand before token k. */
  final int[] relatives;
  /** {@code attributions[k]}: how many cues of attribution (بحسب، وفق ...) stand before token k. */
  final int[] attributions;
  final Actor[] actorAt;
  final List<Actor> actors = new ArrayList<>();
  final List<Place> places = new ArrayList<>();
  final List<TimeRef> times = new ArrayList<>();

  SentenceView(String text, List<Token> toks, List<EntityMentionRef> mentions,
      List<TimeExpression> sentenceTimes, AgentLexicon agents) {
    this.text = text;
    this.toks = toks;
    this.n = toks.size();
    norm = new String[n];
    core = new String[n];
    hard = new boolean[n];
    relatives = new int[n + 1];
    attributions = new int[n + 1];
    actorAt = new Actor[n];
    for (int i = 0; i < n; i++) {
      Token t = toks.get(i);
      norm[i] = t.norm();
      relatives[i + 1] = relatives[i] + (Cues.RELATIVES.contains(t.norm()) ? 1 : 0);
      attributions[i + 1] = attributions[i]
          + (Cues.ACCORDING.contains(t.norm()) && !t.norm().equals("عن") ? 1 : 0); // عن الطعام
      core[i] = t.kind() == TokenKind.ARABIC ? Words.core(t.norm()) : t.norm();
      hard[i] = t.kind() == TokenKind.PUNCT && HARD.contains(t.text());
    }
    addEntities(mentions);
    absorbVehicles();
    addAgents(agents);
    absorbAppositions();
    absorbLoyalties();
    actors.sort((a, b) -> a.from - b.from);
    for (Actor a : actors) {
      a.text = text.substring(a.start, a.end);
      a.prep = prepBefore(a.from);
      if (a.prep.isEmpty() && a.country && isAdjective(a)) {
        a.prep = ADJECTIVE;
      } else if (a.prep.isEmpty() && a.country && a.from > 0
          && Cues.PLACE_CUES.contains(strip(norm[a.from - 1]))) {
        a.prep = "في"; // غرب أفغانستان: a place, not an actor
      }
    }
    for (Actor a : actors) {
      qualifyPeopleByPlace(a);
    }
    for (TimeExpression t : sentenceTimes) {
      int k = tokenAt(t.start());
      if (k >= 0) {
        times.add(new TimeRef(k, t));
      }
    }
  }

  /** Whether a relative pronoun stands among tokens {@code [from, to)}. */
  boolean relativeBetween(int from, int to) {
    return from < to && relatives[Math.min(to, n)] - relatives[Math.max(0, from)] > 0;
  }

  /** The sentence-local index of the token containing (or first after) {@code offset}, or -1. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < n ? lo : -1;
  }

  private void addEntities(List<EntityMentionRef> mentions) {
    Actor last = null;
    for (EntityMentionRef m : mentions) {
      int from = tokenAt(m.mention().start());
      int to = tokenAt(m.mention().end() - 1);
      if (from < 0 || to < 0 || from > to) {
        continue;
      }
      to++;
      Entity e = m.entity();
      String code = e.actor();
      boolean country = e.type() == EntityType.LOC && code != null && code.length() == 3;
      if (e.type() == EntityType.LOC) {
        places.add(new Place(from, to, e.id(), m.mention().text(), country, countryOf(e)));
        if (!country) {
          continue;
        }
      } else if (e.type() == EntityType.MISC || organizingEvent(from, to)) {
        continue;
      }
      if (last != null && from <= last.to && (last.entity.equals(e.id())
          || country && last.to == from)) {
        // the same entity again (title + name), or a nisba after a name: one actor
        last.to = Math.max(last.to, to);
        last.end = Math.max(last.end, m.mention().end());
        if (last.code == null && country) {
          last.code = code;
        }
        mark(last);
        continue;
      }
      if (overlapsActor(from, to)) {
        continue;
      }
      Actor a = new Actor(from, to, nameStart(from, m.mention().start()), m.mention().end(),
          e.id(), e.type(), code, true);
      a.country = country;
      actors.add(a);
      mark(a);
      last = a;
    }
  }

  /**
   * The country of a place: its actor code when that is a country code, else the country part of
   * a KB id such as {@code marsad:place/TUR/istanbul}, else null.
   */
  static String countryOf(Entity e) {
    if (e.actor() != null && e.actor().length() >= 3) {
      return e.actor().substring(0, 3);
    }
    String kb = e.kb();
    if (kb != null && kb.startsWith("marsad:place/") && kb.length() > 17 && kb.charAt(16) == '/') {
      return kb.substring(13, 16);
    }
    return null;
  }

  private int nameStart(int token, int mentionStart) {
    return Math.max(mentionStart, toks.get(token).nameStart());
  }

  private boolean overlapsActor(int from, int to) {
    for (int i = from; i < to; i++) {
      if (actorAt[i] != null) {
        return true;
      }
    }
    return false;
  }

  private void mark(Actor a) {
    for (int i = a.from; i < a.to; i++) {
      actorAt[i] = a;
    }
  }

  /**
   * A people named by its plural nisba with a place right after it (الفلسطينيين في الضفة الغربية،
   * السوريين في لبنان) is the people of that place: the argument's text takes in the place, so
   * that a reader (and the gold convention, which codes such a target by its place) sees whom it
   * means. Entity, code and tokens stay the people's.
   */
  private void qualifyPeopleByPlace(Actor a) {
    if (!a.country || a.to + 1 >= n || !norm[a.to].equals("في") || a.to - a.from != 1) {
      return;
    }
    String w = core[a.from];
    if (!(w.endsWith("يين") || w.endsWith("يون"))) {
      return;
    }
    for (Place p : places) {
      if (p.from() == a.to + 1) {
        a.text = text.substring(a.start, toks.get(p.to() - 1).end());
        return;
      }
    }
  }

  /** Craft named by their country: طائرة سعودية، سفينة تركية، قافلة إماراتية. */
  private static final Set<String> VEHICLES = Set.of("طاءره", "طاءرات", "سفينه", "سفن",
      "بارجه", "قافله", "قوافل", "شاحنه", "شاحنات", "مروحيه", "مروحيات");

  /**
   * A craft with a country's nisba right after it (حطت طائرة سعودية، قصفت طائرات إسرائيلية) is
   * that country acting: the country's mention takes in the craft noun and stops being a mere
   * adjective or place, so it can be a subject or an event noun's actor.
   */
  private void absorbVehicles() {
    for (Actor a : actors) {
      if (a.country && a.from > 0 && actorAt[a.from - 1] == null
          && toks.get(a.from - 1).kind() == TokenKind.ARABIC
          && VEHICLES.contains(core[a.from - 1])) {
        a.from--;
        a.start = toks.get(a.from).nameStart();
        a.country = false;
        mark(a);
      }
    }
  }

  private void addAgents(AgentLexicon agents) {
    for (int i = 0; i < n; i++) {
      if (actorAt[i] != null || toks.get(i).kind() != TokenKind.ARABIC) {
        continue;
      }
      for (AgentLexicon.Entry e : agents.lookup(core[i])) {
        int end = matchTail(i + 1, e.tail());
        if (end < 0) {
          continue;
        }
        Actor a = new Actor(i, end, toks.get(i).nameStart(), toks.get(end - 1).end(), null, null,
            e.sector(), false);
        Actor next = end < n ? actorAt[end] : null;
        int gap = end;
        while (next == null && gap < n && gap < end + 3 && !hard[gap]
            && toks.get(gap).kind() == TokenKind.ARABIC && actorAt[gap] == null) {
          gap++; // وزير الخارجية سامح شكري: a title before a name
          next = gap < n ? actorAt[gap] : null;
        }
        if (next != null && next.named && !next.country && next.type == EntityType.PER
            && e.sector().equals("GOV") || next != null && next.named && !next.country
            && next.from == end) {
          next.from = i;
          next.start = toks.get(i).nameStart();
          mark(next);
          i = next.to - 1;
          break;
        }
        next = end < n ? actorAt[end] : null;
        if (next != null && next.country && next.from == end) {
          // الشرطة السودانية, جنود إسرائيليون: the country's sector
          actors.remove(next);
          String sector = e.sector().substring(e.sector().length() - 3);
          a = new Actor(i, next.to, a.start, next.end, null, null, next.code + sector, false);
        }
        actors.add(a);
        mark(a);
        i = a.to - 1;
        break;
      }
    }
  }

  /** Words that open a title in apposition after a name: حفتر، القائد العام للجيش. */
  private static final Set<String> TITLES = Set.of("القاءد", "قاءد", "رءيس", "الرءيس", "وزير", "الوزير", "الامين", "المتحدث", "زعيم", "نايب", "ناءب", "عضو", "مدير", "المبعوث", "السفير", "الناطق", "امين", "مستشار", "المستشار", "قاضي");

  /** A name followed by its title (حفتر، القائد العام للجيش الليبي) is one actor. */
  private void absorbAppositions() {
    for (int k = 0; k + 1 < actors.size(); k++) {
      Actor a = actors.get(k);
      Actor b = actors.get(k + 1);
      if (!a.named || a.type != EntityType.PER) {
        continue;
      }
      int gap = b.from - a.to;
      boolean comma = gap == 1 && (norm[a.to].equals("،") || norm[a.to].equals(","));
      if ((gap == 0 || comma || gap <= 3 && allTitleWords(a.to, b.from))
          && (TITLES.contains(norm[gap == 0 ? b.from : a.to + (comma ? 1 : 0)]))) {
        a.to = b.to;
        a.end = Math.max(a.end, b.end);
        actors.remove(k + 1);
        mark(a);
        k--;
      }
    }
  }

  /** Words saying whose side a group is on: القوات الموالية لـ، العناصر التابعة لـ. */
  private static final Set<String> LOYAL = Set.of(Words.fold("موالية"), "موالي", "موالين",
      "موالون", Words.fold("تابعة"), "تابع", "تابعين", Words.fold("مناصرة"), "مناصرين",
      Words.fold("مؤيدة"), Words.fold("مؤيدين"));

  /**
   * A group "loyal to" or "belonging to" a named actor is that actor, as CAMEO codes it: القوات
   * الموالية لهادي، القوات اليمنية الموالية للرئيس ... هادي، العناصر التابعة لكتيبة X. The group
   * (nominal, or a country's sector) takes the named actor's entity, within six words and no
   * punctuation after the loyalty word. A named group whose head is generic
   * (القوات اليمنية) is absorbed too.
   */
  private static final Set<String> FORCES = Set.of("قوات", "عناصر", "مليشيات", "ميليشيات",
      "وحدات", "مسلحي", "مقاتلي");

  private void absorbLoyalties() {
    for (int k = 0; k < actors.size(); k++) {
      Actor a = actors.get(k);
      if (a.to >= n || !LOYAL.contains(core[a.to])
          || a.named && !a.country && !(a.type == EntityType.ORG && FORCES.contains(core[a.from]))) {
        continue;
      }
      Actor b = null;
      for (int j = a.to + 1; j < n && j <= a.to + 6 && !hard[j]; j++) {
        if (norm[j].equals("،") || norm[j].equals(",")) {
          break;
        }
        if (actorAt[j] != null && actorAt[j] != a) {
          b = actorAt[j];
          break;
        }
      }
      if (b == null || !b.named || b.country || b.entity == null
          || b.type != EntityType.PER && b.type != EntityType.ORG) {
        continue;
      }
      Actor merged = new Actor(a.from, b.to, a.start, b.end, b.entity, b.type,
          b.code != null ? b.code : a.code, true);
      actors.remove(b);
      k = actors.indexOf(a);
      actors.set(k, merged);
      mark(merged);
    }
  }

  private boolean allTitleWords(int from, int to) {
    if (from >= to || !TITLES.contains(norm[from])) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (hard[i] || toks.get(i).kind() != TokenKind.ARABIC) {
        return false;
      }
    }
    return true;
  }

  /** The end of the token run matching {@code tail} from {@code i}, or -1. */
  int matchTail(int i, String[] tail) {
    return matchTail(i, tail, 0);
  }

  /**
   * As {@link #matchTail(int, String[])}, allowing up to {@code gap} other words (no punctuation)
   * before the first tail word: أطلقت القوات 5 صواريخ.
   */
  int matchTail(int i, String[] tail, int gap) {
    return matchTail(i, tail, gap, false);
  }

  /**
   * As {@link #matchTail(int, String[], int)}; {@code pronounAfterGap}: a single tail preposition
   * may carry a pronoun after the gap too (a noun's genitive: سيطرة الحوثيين عليها).
   */
  int matchTail(int i, String[] tail, int gap, boolean pronounAfterGap) {
    if (tail.length == 0) {
      return i;
    }
    for (int g = 0; g <= gap && i + g < n; g++) {
      if (g > 0 && hard[i + g - 1]) {
        break;
      }
      int k = i + g;
      boolean ok = true;
      for (String w : tail) {
        // القبض عليه: a pronoun on the preposition of a multi-word tail, or right after the head
        // (حكم الناس عليه is "people's judgment on him", not حكم على)
        if (k >= n || !core[k].equals(w)
            && !((g == 0 || tail.length > 1 || pronounAfterGap) && prepWithPronoun(core[k], w))) {
          ok = false;
          break;
        }
        k++;
      }
      if (ok) {
        return k;
      }
    }
    return -1;
  }

  /** Prepositions that may carry a pronoun in a trigger's tail: القبض عليه، الإفراج عنهم. */
  private static final Set<String> TAIL_PREPS = Set.of("علي", "عن", "الي", "مع", "ضد");

  private static final String[] PRONOUNS = {"ه", "ها", "هم", "هما", "هن"};

  /** Whether {@code word} is the tail preposition {@code prep} with a pronoun: عليه for على. */
  static boolean prepWithPronoun(String word, String prep) {
    if (!TAIL_PREPS.contains(prep) || !word.startsWith(prep)
        || word.length() <= prep.length()) {
      return false;
    }
    String rest = word.substring(prep.length());
    for (String p : PRONOUNS) {
      if (rest.equals(p)) {
        return true;
      }
    }
    return false;
  }

  /** The preposition governing the actor starting at {@code from}: a clitic or a separate word. */
  private String prepBefore(int from) {
    if (from > 1 && norm[from].startsWith("ل") && actorAt[from - 1] == null
        && toks.get(from - 1).kind() == TokenKind.ARABIC
        && INDIRECT_HEADS.contains(core[from - 1])
        && TriggerLexicon.PREPS.contains(strip(norm[from - 2]))) {
      return strip(norm[from - 2]); // على تمركز للكتيبة: the post of the battalion
    }
    Token t = toks.get(from);
    for (Segment s : t.segments()) {
      if (s.kind() != SegmentKind.PROCLITIC) {
        break;
      }
      String f = s.form();
      if (f.equals("ب") || f.equals("ل") || f.equals("ك")) {
        return Words.fold(f);
      }
    }
    if (from > 0 && (norm[from].startsWith("لل") || norm[from].startsWith("بال"))
        && actorAt[from] != null && !actorAt[from].named) {
      return norm[from].substring(0, 1);
    }
    if (from == 0) {
      return "";
    }
    String p = strip(norm[from - 1]);
    if (Cues.AGENTIVE_HEADS.contains(p) && from > 1) {
      return "BY";
    }
    if (p.equals("من") && from > 1 && (norm[from - 2].startsWith("كل")
        || norm[from - 2].startsWith("وكل"))) {
      return ""; // كلاً من X و Y
    }
    if (p.equals("من") && from > 1 && (PARTITIVES.contains(strip(norm[from - 2]))
        || from > 2 && QUANTITY_ADJECTIVES.contains(norm[from - 2])
        && PARTITIVES.contains(strip(norm[from - 3])))) {
      return ""; // ودعا عدد من مناصري النظام، وقام عدد آخر من المواطنين: the group is the subject
    }
    if (TriggerLexicon.PREPS.contains(p)) {
      return p;
    }
    if (from > 1 && actorAt[from - 1] == null && toks.get(from - 1).kind() == TokenKind.ARABIC
        && INDIRECT_HEADS.contains(core[from - 1])) {
      String q = strip(norm[from - 2]);
      return TriggerLexicon.PREPS.contains(q) ? q : ""; // على مواقع X
    }
    return "";
  }

  /** Gatherings that one organizes: تنظيم تظاهرات أخرى is organizing them, not an organisation. */
  private static final Set<String> GATHERINGS = Set.of("تظاهرات", "تظاهره", "مظاهرات", "مظاهره",
      "احتجاجات", "وقفه", "وقفات", "مسيره", "مسيرات", "اعتصام", "اعتصامات", "اضراب", "حمله",
      "حملات", "مهرجان", "موتمر", "موءتمر", "انتخابات", "زياره");

  /** Whether an ORG mention reads تنظيم + a gathering: the verbal noun "organizing", no actor. */
  private boolean organizingEvent(int from, int to) {
    return to - from >= 2 && core[from].equals("تنظيم") && GATHERINGS.contains(core[from + 1]);
  }

  /** Adjectives of a count: عدد آخر من، عدد كبير من. */
  private static final Set<String> QUANTITY_ADJECTIVES = Set.of("اخر", "كبير", "قليل", "محدود",
      "ضخم", "هاءل");

  /** Quantities whose من-phrase is the group itself: عدد من، عشرات من، مئات من. */
  private static final Set<String> PARTITIVES = Set.of("عدد", "عشرات", "مءات", "الاف", "مئات",
      "بعض", "مجموعه");

  /** The prep mark of a country named by a nisba adjective after a noun: الغارات الإسرائيلية. */
  static final String ADJECTIVE = "ADJ";

  private boolean isAdjective(Actor a) {
    if (a.from == 0 || a.to - a.from != 1) {
      return false;
    }
    String w = norm[a.from];
    boolean nisba = w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يين") || w.endsWith("يون")
        || w.endsWith("يات");
    Token prev = toks.get(a.from - 1);
    return nisba && prev.kind() == TokenKind.ARABIC && actorAt[a.from - 1] == null
        && !TriggerLexicon.PREPS.contains(strip(norm[a.from - 1]))
        && (!w.startsWith("ال") || definite(strip(norm[a.from - 1])) || placeEndsAt(a.from));
  }

  /** Whether a place name ends right before token {@code k} (درنة الليبية: a name is definite). */
  private boolean placeEndsAt(int k) {
    for (Place p : places) {
      if (p.to() == k) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word carries the article: an adjective agrees with its noun, so a definite nisba
   * after a word without it (أرسلت السعودية مساعدات) is a name, not an adjective.
   */
  private static boolean definite(String w) {
    return w.startsWith("ال") || w.startsWith("لل") || w.startsWith("بال") || w.startsWith("كال");
  }

  /** The word without a leading conjunction و/ف. */
  String strip(int i) {
    return strip(norm[i]);
  }

  static String strip(String w) {
    return w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
  }

  /** Whether the token is the conjunction و standing alone or attached to the next word. */
  boolean conjoinedAt(int i) {
    if (i >= n) {
      return false;
    }
    if (norm[i].equals("و")) {
      return true;
    }
    List<Segment> segs = toks.get(i).segments();
    return segs.size() > 1 && segs.get(0).kind() == SegmentKind.PROCLITIC
        && segs.get(0).form().equals("و");
  }
}
