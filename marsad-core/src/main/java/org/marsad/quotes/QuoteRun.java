package org.marsad.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.internal.lex.FoldedTokens;
import org.marsad.internal.lex.TokenView;
import org.marsad.model.Document;
import org.marsad.model.Quote;
import org.marsad.model.Sentence;
import org.marsad.quotes.CueLexicon.Cue;
import org.marsad.quotes.CueLexicon.CueClass;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.SentenceSplitter;

/** The quote extraction of one document: per-call state of {@link QuoteExtractor}. */
final class QuoteRun {
  /** How far (in tokens) after a cue its statement may start. */
  private static final int STATEMENT_WINDOW = 40;
  /** How many paragraphs back an implicit speaker may be inherited from. */
  private static final int INHERIT_PARAGRAPHS = 3;

  private final TokenView v;
  private final FoldedTokens ft;
  private final char[] t;
  private final int n;
  private final Cue[] cueAt;
  private final boolean[] source; // بحسب، وفق …
  private final int[] classes; // word-class bits per token, -1 until looked up
  private static final org.marsad.internal.lex.CharKeyMap<Boolean> SOURCES = sources();
  private final int[] spanAt; // index of the quotation a token lies in, or -1
  private int[] newlines;
  private final String[] folded;
  private final List<QuoteMarks.Span> spans;
  private final boolean[] claimed;
  private final List<Sentence> sentences;
  private final Speakers speakers;
  private final NamedSpans names;
  private final List<Attribution> out = new ArrayList<>();

  private String lastSpeaker;
  private int lastSpeakerPara = -100;
  private String sentenceSpeaker;
  private String statementIssuer;

  QuoteRun(Document doc, CueLexicon cues) {
    this.v = TokenView.of(doc);
    this.t = v.chars();
    this.n = v.size();
    this.folded = new String[n];
    this.spans = QuoteMarks.of(v);
    this.claimed = new boolean[spans.size()];
    this.spanAt = new int[n];
    this.cueAt = new Cue[n];
    this.source = new boolean[n];
    this.classes = new int[n];
    java.util.Arrays.fill(classes, -1);
    this.sentences = doc.sentences().isEmpty() ? SentenceSplitter.split(doc.text()) : doc.sentences();
    FoldedTokens ft = v.folded();
    this.ft = ft;
    markSpans();
    findCues(cues);
    this.speakers = new Speakers(doc, v, this::f);
    this.names = new NamedSpans(doc);
  }

  private static org.marsad.internal.lex.CharKeyMap<Boolean> sources() {
    org.marsad.internal.lex.CharKeyMap<Boolean> m = new org.marsad.internal.lex.CharKeyMap<>();
    for (String w : Words.SOURCE_MARKERS) {
      m.put(w, Boolean.TRUE);
    }
    return m;
  }

  List<Attribution> run() {
    for (Sentence s : sentences) {
      int from = v.firstAtOrAfter(s.start());
      int to = v.firstAtOrAfter(s.end());
      sentenceSpeaker = null;
      for (int i = from; i < to; i++) {
        if (cueAt[i] != null) {
          i = Math.max(i, handleCue(i, to));
        }
      }
      handleSources(from, to);
      handleUnclaimed(from, to);
    }
    out.sort(Comparator.comparingInt((Attribution a) -> a.quote().start()));
    return out;
  }

  /** Marks the tokens inside each quotation with its index. */
  private void markSpans() {
    java.util.Arrays.fill(spanAt, -1);
    for (int s = 0; s < spans.size(); s++) {
      QuoteMarks.Span sp = spans.get(s);
      for (int i = v.firstAtOrAfter(sp.open()); i < n && v.start(i) < sp.end(); i++) {
        spanAt[i] = s;
      }
    }
  }

  /** Looks every Arabic token outside quotations up in the cue lexicon and the source markers. */
  private void findCues(CueLexicon cues) {
    char[] fc = ft.chars();
    for (int i = 0; i < n; i++) {
      int len = ft.len(i);
      if (len < 2 || spanAt[i] >= 0) {
        continue;
      }
      Cue c = cues.lookup(ft, i);
      if (c != null && i > 0 && has(i - 1, Words.RELATIVE)) {
        c = null; // الذي نقل إلى المستشفى: a relative clause, not a statement
      }
      cueAt[i] = c;
      int o = ft.off(i);
      if (len > 2 && SOURCES.mightContain(fc, o, len)) {
        source[i] = SOURCES.get(fc, o, len) != null;
      }
    }
  }

  /** The offsets of the text's line breaks (computed on first use). */
  private int[] newlines() {
    if (newlines == null) {
      String text = v.text();
      int[] out = new int[16];
      int k = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (k == out.length) {
          out = java.util.Arrays.copyOf(out, k * 2);
        }
        out[k++] = i;
      }
      newlines = java.util.Arrays.copyOf(out, k);
    }
    return newlines;
  }

  /** Whether a line break separates token {@code k} from the token before it. */
  private boolean lineBreakBefore(int k) {
    for (int p = v.end(k - 1); p < v.start(k); p++) {
      if (t[p] == '\n') {
        return true;
      }
    }
    return false;
  }

  /** The paragraph (0-based, counted by line breaks) token {@code i} lies in. */
  private int paraOf(int i) {
    int pos = v.start(i);
    int lo = 0;
    int[] nl = newlines();
    int hi = nl.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (nl[mid] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The folded text of token {@code i} (cached). */
  String f(int i) {
    String s = folded[i];
    if (s == null) {
      s = ft.len(i) > 0 ? ft.text(i) : v.isArabic(i) ? ArabicNormalizer.fold(v.text(i)) : v.text(i);
      folded[i] = s;
    }
    return s;
  }

  /** Whether token {@code k} belongs to one of the word classes {@code mask} ({@link Words}). */
  private boolean has(int k, int mask) {
    if (k < 0 || ft.len(k) == 0) {
      return false;
    }
    int c = classes[k];
    if (c < 0) {
      int o = ft.off(k);
      Integer x = Words.CLASSES.get(ft.chars(), o, ft.len(k));
      c = x == null ? 0 : x;
      classes[k] = c;
    }
    return (c & mask) != 0;
  }

  /** Whether token {@code k} folds to exactly {@code w}. */
  private boolean is(int k, String w) {
    return k >= 0 && k < n && ft.is(k, w);
  }

  private boolean isPunct(int i) {
    return !v.isArabic(i) && v.end(i) - v.start(i) == 1 && !Character.isLetterOrDigit(t[v.start(i)]);
  }

  private boolean isComma(int i) {
    return v.isPunct(i, '،') || v.isPunct(i, ',');
  }

  private boolean isSpanStart(int i) {
    return spanAt[i] >= 0 && v.start(i) == spans.get(spanAt[i]).open();
  }

  /** Handles the cue at {@code i}; returns the last token index it consumed. */
  private int handleCue(int i, int sentenceEnd) {
    Cue cue = cueAt[i];
    Region subj = cue.participle() ? null : subjectAfter(i + 1, sentenceEnd, cue.cls() == CueClass.RELAY);
    Region appo = subj == null ? null : appositionAfter(subj.to, sentenceEnd);
    Region via = null;
    int an = subj == null ? -1 : subj.to;
    while (an >= 0 && an < sentenceEnd && has(an, Words.ADVERB)) {
      an++;
    }
    if (cue.cls() == CueClass.RELAY && an >= 0 && an < sentenceEnd && is(an, "عن")) {
      via = subj;
      subj = subjectAfter(an + 1, sentenceEnd, false);
      appo = null;
    }
    int scanFrom = appo != null ? appo.to : subj != null ? subj.to : i + 1;
    Statement st = findStatement(i, scanFrom, sentenceEnd, cue);
    if (st == null) {
      if (subj != null && cue.cls() != CueClass.OPINION) {
        // هدد الوزير … . وقال: إن … — the subject of a speech act speaks next.
        setLastSpeaker(speakers.resolve(subj.from, subj.to, appo), i);
      }
      return i;
    }
    String speaker;
    if (subj != null) {
      speaker = speakers.resolve(subj.from, subj.to, appo);
    } else {
      speaker = implicitSpeaker(i, cue);
    }
    List<String> chain = new ArrayList<>(2);
    if (speaker != null) {
      chain.add(speaker);
    }
    if (via != null) {
      chain.add(speakers.resolve(via.from, via.to, null));
    }
    if (st.mentionsStatement && speaker != null) {
      statementIssuer = speaker;
    }
    emit(st.start, st.end, speaker, cueText(i), st.direct, chain);
    return st.lastToken;
  }

  private String cueText(int i) {
    return v.text(i);
  }

  private void emit(int start, int end, String speaker, String cue, boolean direct, List<String> chain) {
    if (end <= start) {
      return;
    }
    if (direct && names.isName(v.text(), start, end)) {
      return; // "العقيد محمد عبدالرحيم العاصمي", «رويترز»: a name in quotation marks
    }
    Quote q = new Quote(start, end, v.text().substring(start, end), speaker, cue, direct);
    out.add(new Attribution(q, chain));
    if (speaker != null) {
      setLastSpeaker(speaker, Math.min(n - 1, v.firstAtOrAfter(start)));
      sentenceSpeaker = speaker;
    }
  }

  private void setLastSpeaker(String speaker, int tok) {
    if (speaker != null) {
      lastSpeaker = speaker;
      lastSpeakerPara = paraOf(tok);
    }
  }

  /** A token range [from, to). */
  record Region(int from, int to) {}

  /** Where a statement lies and which token ends it. */
  record Statement(int start, int end, boolean direct, int lastToken, boolean mentionsStatement) {}

  /**
   * The explicit subject after a cue (VSO order), skipping adverbs of time; null when the cue is
   * followed directly by its complement, a quotation, a preposition or punctuation.
   */
  private Region subjectAfter(int j, int end, boolean relay) {
    while (j < end && has(j, Words.ADVERB)) {
      j++;
    }
    if (j < end && v.isPunct(j, ':') && j + 1 < end && isSpanStart(j + 1) && isNameQuote(j + 1)) {
      j++; // وقالت: «هيئة شؤون الأسرى»، في بيان لها، إن …
    }
    if (j >= end || stopsSubject(j)) {
      if (j < end && isSpanStart(j) && isNameQuote(j)) {
        QuoteMarks.Span sp = spans.get(spanAt[j]);
        int k = j;
        while (k < end && v.start(k) < sp.end()) {
          k++;
        }
        return new Region(j, k);
      }
      return null;
    }
    int k = j;
    while (k < end && k - j < 14 && !stopsSubject(k) && !(relay && is(k, "عن"))
        && !has(k, Words.ADVERB)) {
      k++;
    }
    return k > j ? new Region(j, k) : null;
  }

  /** A name in quotation marks used as a subject: short and opening on a capital-like word. */
  private boolean isNameQuote(int j) {
    QuoteMarks.Span sp = spans.get(spanAt[j]);
    int k = j + 1;
    int words = 0;
    while (k < n && v.start(k) < sp.contentEnd()) {
      if (v.isArabic(k) || !isPunct(k)) {
        words++;
      }
      k++;
    }
    if (words == 0 || words > 6) {
      return false;
    }
    int after = k + 1;
    return after < n && (isComma(after) || has(after, Words.COMP));
  }

  private boolean stopsSubject(int k) {
    if (isPunct(k) || isSpanStart(k) || cueAt[k] != null) {
      return true;
    }
    return has(k, Words.STOP | Words.COMP | Words.ADDRESSEE);
  }

  /** A short apposition after the subject's comma: {@code المتحدث باسم الرئاسة، خالد شواني،}. */
  private Region appositionAfter(int k, int end) {
    if (k >= end || !isComma(k)) {
      return null;
    }
    int j = k + 1;
    if (j >= end || stopsSubject(j) || has(j, Words.ADVERB)) {
      return null;
    }
    int e = j;
    while (e < end && e - j < 8 && !isPunct(e) && !has(e, Words.COMP) && cueAt[e] == null) {
      e++;
    }
    if (e < end && (isComma(e) || has(e, Words.COMP) || v.isPunct(e, ':'))) {
      return new Region(j, e);
    }
    return null;
  }

  /**
   * The statement a cue introduces: the first quotation or complementizer (إن، أن، بأن، عن …)
   * within the window after the subject, before any other cue.
   */
  private Statement findStatement(int cueTok, int j, int end, Cue cue) {
    boolean colon = false;
    boolean mentions = false;
    int limit = Math.min(end, j + STATEMENT_WINDOW);
    for (int k = j; k < limit; k++) {
      if (isSpanStart(k)) {
        int words = spanWords(k);
        boolean introduced = colon || k == j || k == cueTok + 1 || isComplementizerAt(k - 1, cue)
            || k > 0 && has(k - 1, Words.INTRO);
        if (introduced || (words >= 4 && !isNameContext(k - 1))) {
          return direct(k);
        }
        k = lastTokenOf(k);
        continue;
      }
      if (spanAt[k] >= 0) {
        continue;
      }
      if (cueAt[k] != null && k > cueTok + 1 && cueAt[k].cls() != CueClass.RELAY) {
        return null;
      }
      if (v.isPunct(k, ':')) {
        colon = true;
        if (k + 1 < end && !isSpanStart(k + 1) && !has(k + 1, Words.COMP)) {
          return reported(k + 1, end, mentions);
        }
        continue;
      }
      if (!v.isArabic(k)) {
        continue;
      }
      if (has(k, Words.STATEMENT)) {
        mentions = true;
      }
      if (isComplementizerAt(k, cue)) {
        int c = k + 1;
        if (c < end && (is(c, "ان") || is(c, "بان")) && !has(k, Words.COMP)) {
          c++; // أشار إلى أن
        }
        if (c < end && isSpanStart(c)) {
          return direct(c);
        }
        if (c < end) {
          return reported(c, end, mentions);
        }
        return null;
      }
    }
    return null;
  }

  private boolean isComplementizerAt(int k, Cue cue) {
    if (k < 0 || !v.isArabic(k)) {
      return false;
    }
    if (has(k, Words.COMP)) {
      return true;
    }
    for (String c : cue.complements()) {
      if (is(k, c)) {
        return true;
      }
    }
    return false;
  }

  private boolean isNameContext(int k) {
    return k >= 0 && has(k, Words.NAME_CTX);
  }

  private int spanWords(int k) {
    QuoteMarks.Span sp = spans.get(spanAt[k]);
    int words = 0;
    for (int j = k + 1; j < n && v.start(j) < sp.contentEnd(); j++) {
      if (v.isArabic(j) || !isPunct(j)) {
        words++;
      }
    }
    return words;
  }

  private int lastTokenOf(int k) {
    QuoteMarks.Span sp = spans.get(spanAt[k]);
    int j = k;
    while (j + 1 < n && v.start(j + 1) < sp.end()) {
      j++;
    }
    return j;
  }

  private Statement direct(int k) {
    int s = spanAt[k];
    claimed[s] = true;
    QuoteMarks.Span sp = spans.get(s);
    int[] b = trim(sp.contentStart(), sp.contentEnd());
    return new Statement(b[0], b[1], true, lastTokenOf(k), false);
  }

  /** A reported clause from token {@code c} to the end of its sentence or the next cue. */
  private Statement reported(int c, int end, boolean mentions) {
    int k = c;
    int last = c;
    while (k < end) {
      if (isSpanStart(k)) {
        claimed[spanAt[k]] = true;
        k = lastTokenOf(k);
        last = k;
        k++;
        continue;
      }
      if (k > c && (isComma(k) || v.isPunct(k, '؛')) && k + 1 < end && startsNewStatement(k + 1)) {
        break;
      }
      if (k > c && cueAt[k] != null && ft.len(k) > 0 && ft.chars()[ft.off(k)] == 'و' && isContinuationVerb(k)) {
        break;
      }
      if (k > c && lineBreakBefore(k)) {
        break;
      }
      last = k;
      k++;
    }
    while (last > c && isPunct(last) && !isQuoteCloser(last)) {
      last--;
    }
    int[] b = trim(v.start(c), v.end(last));
    return new Statement(b[0], b[1], false, last, mentions);
  }

  private boolean isQuoteCloser(int k) {
    char ch = t[v.start(k)];
    return ch == '»' || ch == '”' || ch == '"' || ch == '“' || ch == ')';
  }

  private boolean startsNewStatement(int k) {
    if (cueAt[k] != null) {
      return true;
    }
    return source[k];
  }

  private boolean isContinuationVerb(int k) {
    return cueAt[k].cls() != CueClass.OPINION;
  }

  private int[] trim(int s, int e) {
    while (s < e && (Character.isWhitespace(t[s]))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(t[e - 1]))) {
      e--;
    }
    return new int[] {s, e};
  }

  /**
   * The speaker of a cue without an explicit subject: for a continuation (وأضاف) the last speaker;
   * otherwise the sentence's earlier speaker, the nearest preceding person or organization of the
   * sentence, or the last speaker of the recent paragraphs.
   */
  private String implicitSpeaker(int cueTok, Cue cue) {
    boolean recent = paraOf(cueTok) - lastSpeakerPara <= INHERIT_PARAGRAPHS;
    if (cue.cls() == CueClass.CONTINUE && recent && lastSpeaker != null) {
      return lastSpeaker;
    }
    if (sentenceSpeaker != null) {
      return sentenceSpeaker;
    }
    int si = sentenceIndex(v.start(cueTok));
    Sentence s = si < 0 ? new Sentence(0, t.length) : sentences.get(si);
    String first = speakers.firstIn(s.start(), v.start(cueTok));
    if (first != null) {
      return first;
    }
    if (recent && lastSpeaker != null) {
      return lastSpeaker;
    }
    int prev = si - 1;
    if (prev >= 0) {
      Sentence p = sentences.get(prev);
      int tp = v.firstAtOrAfter(p.start());
      if (tp < n && paraOf(tp) == paraOf(cueTok)) {
        return speakers.firstIn(p.start(), p.end());
      }
    }
    return null;
  }

  /** The index of the sentence containing {@code offset} (the last one starting at or before it). */
  private int sentenceIndex(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    if (hi < 0) {
      return -1;
    }
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** بحسب X، وفق بيان صادر عن X، نقلا عن X: attributes the sentence's unattributed statement. */
  private void handleSources(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!source[i]) {
        continue;
      }
      int j = i + 1;
      if (j < to && (is(j, "عن") || is(j, "ما"))) {
        j++;
      }
      if (j < to && cueAt[j] != null) {
        j++; // بحسب ما ذكرت صحيفة …
      }
      Region np = sourcePhrase(j, to);
      if (np == null) {
        continue;
      }
      List<String> chain = new ArrayList<>(2);
      String speaker = sourceSpeaker(np, to, chain);
      if (sentenceSpeaker != null && !sentenceSpeaker.equals(speaker)) {
        // «…»، قال المحافظ، بحسب الصحيفة: the paper relays the governor's words
        chain.add(0, sentenceSpeaker);
        speaker = sentenceSpeaker;
      }
      String cue = v.text().substring(v.start(i), v.end(np.to - 1));
      boolean any = false;
      for (int k = from; k < to; k++) {
        if (isSpanStart(k) && !claimed[spanAt[k]] && spanWords(k) >= 3 && !isNameContext(k - 1)) {
          Statement st = direct(k);
          emit(st.start, st.end, speaker, cue, true, chain);
          any = true;
        }
      }
      if (!any && !hasQuoteIn(from, to)) {
        int s0 = i > from + 1 && isComma(i - 1) ? from : -1;
        if (s0 >= 0) {
          int[] b = trim(v.start(from), v.end(i - 2));
          emit(b[0], b[1], speaker, cue, false, chain);
        } else if (i <= from + 1) {
          int c = np.to;
          while (c < to && !isComma(c) && c - np.to < 12) {
            c++; // وبحسب بيانات صدرت من الوزارة أمس، فإن …: the statement follows the comma
          }
          if (c >= to || !isComma(c)) {
            c = np.to;
          }
          while (c < to && (isPunct(c) || has(c, Words.COMP))) {
            c++; // وفق بيان …، فإن …
          }
          if (c < to) {
            Statement st = reported(c, to, false);
            emit(st.start, st.end, speaker, cue, false, chain);
          }
        }
      }
      i = np.to - 1;
    }
  }

  private boolean hasQuoteIn(int from, int to) {
    if (out.isEmpty()) {
      return false;
    }
    int s = v.start(from);
    int e = v.end(to - 1);
    for (int k = out.size() - 1; k >= 0; k--) {
      Quote q = out.get(k).quote();
      if (q.start() < e && q.end() > s) {
        return true;
      }
      if (q.end() <= s) {
        break;
      }
    }
    return false;
  }

  private Region sourcePhrase(int j, int end) {
    int k = j;
    while (k < end && k - j < 10
        && (k == j || !stopsSubject(k) || is(k, "عن") || is(k, "من") && has(k - 1, Words.ISSUED_BIT))
        && !isPunct(k) && !isSpanStart(k)) {
      k++;
    }
    return k > j ? new Region(j, k) : null;
  }

  /** The issuer behind a source phrase: بيان صادر عن X → X; البيان → the last statement's issuer. */
  private String sourceSpeaker(Region np, int end, List<String> chain) {
    String head = f(np.from);
    String bare = head.startsWith("ل") && !head.startsWith("ال") ? head.substring(1) : head;
    if (Words.STATEMENTS.contains(bare) || Words.STATEMENTS.contains("ال" + bare)) {
      for (int k = np.from + 1; k + 1 < np.to; k++) {
        if (has(k, Words.ISSUED_BIT) && (is(k + 1, "عن") || is(k + 1, "من")) && k + 2 < np.to) {
          String issuer = speakers.resolve(k + 2, np.to, null);
          chain.add(issuer);
          chain.add(v.text().substring(v.start(np.from), v.end(k - 1)));
          return issuer;
        }
        if (is(k, "عن") || has(k, Words.ISSUED_BIT)) {
          break;
        }
      }
      if (np.to - np.from == 1 && head.startsWith("ال") && statementIssuer != null) {
        chain.add(statementIssuer);
        chain.add(v.text(np.from));
        return statementIssuer;
      }
    }
    int from = np.from;
    for (int k = np.from; k + 1 < np.to; k++) {
      if (is(k, "عن")) {
        from = k + 1; // نقلا عن X، بحسب ما نقلت صحيفة عن X
      }
    }
    String sp = speakers.resolve(from, np.to, null);
    chain.add(sp);
    if (from > np.from + 1) {
      chain.add(speakers.resolve(np.from, from - 1, null));
    }
    return sp;
  }

  /**
   * Quotations no cue claimed: a cue or source right after the quotation ({@code «…»، قال X}), a
   * second quotation joined to a claimed one ({@code «…» و«…»}), or a quotation opening a paragraph
   * right after a speaker's (a continued statement).
   */
  private void handleUnclaimed(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpanStart(i) || claimed[spanAt[i]]) {
        continue;
      }
      int last = lastTokenOf(i);
      if (spanWords(i) < 3 || isNameContext(i - 1)) {
        i = last;
        continue;
      }
      int j = last + 1;
      while (j < to && (isComma(j) || v.isPunct(j, '-'))) {
        j++;
      }
      String speaker = null;
      String cue = null;
      if (j < to && cueAt[j] != null && cueAt[j].cls() != CueClass.OPINION) {
        Region subj = subjectAfter(j + 1, to, false);
        speaker = subj != null ? speakers.resolve(subj.from, subj.to, appositionAfter(subj.to, to))
            : implicitSpeaker(j, cueAt[j]);
        cue = v.text(j);
      } else if (joinedToClaimed(i)) {
        speaker = sentenceSpeaker;
        cue = null;
      } else if (paragraphOpens(i) && lastSpeaker != null && paraOf(i) - lastSpeakerPara == 1) {
        speaker = lastSpeaker;
      } else {
        i = last;
        continue;
      }
      if (speaker != null || cue != null) {
        Statement st = direct(i);
        emit(st.start, st.end, speaker, cue, true, speaker == null ? List.of() : List.of(speaker));
      }
      i = last;
    }
  }

  private boolean joinedToClaimed(int i) {
    int k = i - 1;
    if (k >= 0 && is(k, "و")) {
      k--;
    }
    while (k >= 0 && isComma(k)) {
      k--;
    }
    return k >= 0 && spanAt[k] >= 0 && claimed[spanAt[k]] && sentenceSpeaker != null;
  }

  private boolean paragraphOpens(int i) {
    return i == 0 || paraOf(i - 1) != paraOf(i);
  }
}
