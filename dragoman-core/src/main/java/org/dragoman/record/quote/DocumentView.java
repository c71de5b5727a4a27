package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Citation;
import org.dragoman.model.Entity;
import org.dragoman.model.Page;
import org.dragoman.model.Sentence;
import org.dragoman.model.Span;
import org.dragoman.model.Token;

/**
 * One document as the attribution stages see it: its text, tokens, sentences, paragraphs, block
 * quotes and quotation marks, the attributions found so far, and the small lookups over them.
 * Created per document; not shared between threads.
 */
final class DocumentView {
  /** The dash tokens that set off a clause: em dash, en dash, horizontal bar, double hyphen. */
  private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "\u2015", "--");

  final String text;
  final AnnotatedText annotated;
  final List<Token> tokens;
  final List<Sentence> sentences;
  final ReportingLexicon lexicon;
  final SpeakerResolver speakers;
  final List<Span> paragraphs;
  final List<Block> blockQuotes;
  final List<MarkedQuote> marks;
  final List<Citation> citations;
  final boolean[] quoted;
  final Map<Integer, MarkedQuote> byClose = new HashMap<>();
  final List<Attribution> found = new ArrayList<>();
  final List<Entity> entities;

  DocumentView(
      Page page,
      AnnotatedText tagged,
      List<Entity> entities,
      List<Citation> citations,
      ReportingLexicon lexicon) {
    AnnotatedText annotated = NameTagging.retag(tagged, entities);
    this.text = annotated.text();
    this.annotated = annotated;
    this.tokens = annotated.tokens();
    this.sentences = annotated.sentences();
    this.lexicon = lexicon;
    this.citations = citations;
    this.entities = entities;
    this.speakers = new SpeakerResolver(annotated, entities, lexicon, page.authors());
    this.paragraphs = paragraphs(page, text);
    this.blockQuotes =
        page.blocks().stream().filter(b -> b.kind() == BlockKind.BLOCKQUOTE).toList();
    this.marks = QuoteMarks.find(text, paragraphs);
    this.quoted = new boolean[tokens.size()];
    for (MarkedQuote m : marks) {
      if (m.closed()) {
        byClose.put(m.close(), m);
      }
      for (int i = tokenAt(m.start()); i < tokens.size() && tokens.get(i).start() < m.end(); i++) {
        quoted[i] = true;
      }
    }
  }

  static final int MAX_SHORT_WORDS = 4;

  /** Paragraph spans: the page's blocks, else the text's lines. */
  static List<Span> paragraphs(Page page, String text) {
    List<Span> out = new ArrayList<>();
    if (!page.blocks().isEmpty()) {
      for (Block b : page.blocks()) {
        if (b.end() <= text.length() && b.start() < b.end()) {
          out.add(b.span());
        }
      }
      out.sort(Comparator.comparingInt(Span::start));
      return out;
    }
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (!text.substring(start, i).isBlank()) {
          out.add(new Span(start, i));
        }
        start = i + 1;
      }
    }
    return out;
  }

  boolean insideFound(int offset) {
    return foundAround(offset) != null;
  }

  /** The recent attribution whose content holds {@code offset}, or null. */
  Attribution foundAround(int offset) {
    for (int k = found.size() - 1; k >= 0 && k >= found.size() - 4; k--) {
      Attribution a = found.get(k);
      if (a.start() <= offset && offset < a.end()) {
        return a;
      }
    }
    return null;
  }

  boolean isCue(Token t) {
    return PennTags.isVerbForm(t) && lexicon.verb(t.lemma()) != null;
  }

  boolean isClosingMark(int k) {
    Token t = tokens.get(k);
    return Phrases.isQuoteToken(t) && closingMarkAt(t.start()) != null;
  }

  static boolean isFinite(Token t) {
    return PennTags.isFiniteVerb(t);
  }

  boolean isBoundary(int k, int s0) {
    if (k < 0 || k < s0 - 1) {
      return false;
    }
    Token t = tokens.get(k);
    boolean closing = Phrases.isQuoteToken(t) && closingMarkAt(t.start()) != null;
    if (k < s0 && closing && text.substring(t.end(), tokens.get(s0).start()).indexOf('\n') >= 0) {
      return false; // a quote closing the previous paragraph is not this cue's content
    }
    return k >= s0 ? t.word().equals(",") || closing : closing;
  }

  /** Whether a token is a dash ({@link #DASHES}). */
  static boolean isDash(Token t) {
    return DASHES.contains(t.word());
  }

  /** Whether a token breaks a clause: a comma, semicolon, colon or dash. */
  static boolean isClauseBreak(Token t) {
    return t.word().matches("[,;:]") || isDash(t);
  }

  // ---------------------------------------------------------------- marks and blocks

  /** The quote whose opening mark is at {@code offset} or after only spaces from it. */
  MarkedQuote markOpeningAt(int offset) {
    int lo = 0;
    int hi = marks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (marks.get(mid).open() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo < marks.size()) {
      MarkedQuote m = marks.get(lo);
      if (blankBetween(offset, m.open())) {
        return m;
      }
    }
    return null;
  }

  /** Only whitespace in [from, to). Stops at the first other character. */
  boolean blankBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The quotation closed by the mark at {@code offset}, or by a mark later in the same token ("’”"
   * closing a quote within a quote).
   */
  MarkedQuote closingMarkAt(int offset) {
    MarkedQuote m = byClose.get(offset);
    if (m != null) {
      return m;
    }
    int k = tokenAt(offset);
    if (k < tokens.size() && tokens.get(k).start() == offset) {
      for (int o = offset + 1; o < tokens.get(k).end(); o++) {
        m = byClose.get(o);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  Block blockAfter(int offset) {
    for (Block b : blockQuotes) {
      if (b.start() >= offset && blankBetween(offset, b.start())) {
        return b;
      }
    }
    return null;
  }

  static boolean endsWithQuote(String s) {
    int i = s.length() - 1;
    while (i >= 0 && ".!?)".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && (s.charAt(i) == '\u201D' || s.charAt(i) == '"');
  }

  boolean sentenceLike(MarkedQuote m) {
    String inner = text.substring(m.start(), m.end());
    int words = inner.split("\\s+").length;
    if (words <= MAX_SHORT_WORDS) {
      return false;
    }
    Sentence s = sentenceAt(m.start());
    boolean startsSentence = s != null && contentBetweenChars(s.start(), m.open());
    return Character.isUpperCase(inner.charAt(0)) || !startsSentence || words >= 8;
  }

  Span paragraphOf(int offset) {
    int i = paragraphIndex(offset);
    return i < 0 ? null : paragraphs.get(i);
  }

  int paragraphIndex(int offset) {
    for (int i = 0; i < paragraphs.size(); i++) {
      Span p = paragraphs.get(i);
      if (p.start() <= offset && offset < p.end()) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- token helpers

  int tokenAt(int offset) {
    return annotated.tokenIndexAt(offset);
  }

  /** The sentence holding {@code offset} (the last one starting at or before it), or null. */
  Sentence sentenceAt(int offset) {
    int si = sentenceIndexAt(offset);
    return si < 0 ? null : sentences.get(si);
  }

  int sentenceIndexAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  static boolean isPunct(Token t) {
    return !Character.isLetterOrDigit(t.word().charAt(0));
  }

  /** The last token of the sentence that is not final punctuation. */
  int lastContent(int s0, int s1) {
    int k = s1 - 1;
    // "urged them to act. ''We must ...": the next quotation's opening mark, tokenized into this
    // one
    if (k > s0 + 1
        && Phrases.isQuoteToken(tokens.get(k))
        && tokens.get(k - 1).word().matches("[.!?]")
        && markOpeningAt(tokens.get(k).start()) != null) {
      k--;
    }
    while (k > s0 && tokens.get(k).word().matches("[.!?;:]+|\\.\\.\\.|…")) {
      k--;
    }
    return k;
  }

  int lastBefore(int i, int s0) {
    int k = i - 1;
    while (k > s0 && isPunct(tokens.get(k)) && !Phrases.isQuoteToken(tokens.get(k))) {
      k--;
    }
    return k;
  }

  boolean contentBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (PennTags.isNoun(t) || PennTags.isVerb(t) || Phrases.isSubjectPronoun(t)) {
        return true;
      }
    }
    return false;
  }

  private boolean contentBetweenChars(int from, int to) {
    return from >= to || blankBetween(from, to);
  }
}
