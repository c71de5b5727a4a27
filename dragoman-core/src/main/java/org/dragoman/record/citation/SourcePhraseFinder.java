package org.dragoman.record.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.DateMention;
import org.dragoman.model.Sentence;
import org.dragoman.model.Token;

/**
 * News media named as the source in running text: "according to Reuters", "according to the
 * Itar-Tass news agency", "Kommersant reported", "as reported by the BBC", "he told Interfax". The
 * name must be a news medium (a media word, a descriptor such as "news agency", or a well-known
 * name); a person is never one ("according to Ganiyev" is a quote's cue, not a citation).
 */
final class SourcePhraseFinder implements CitationFinder {
  private static final Pattern DATE_GAP = Pattern.compile("\\s+(?:on\\s+)?");
  private static final Set<String> REPORTING =
      Set.of(
          "reported",
          "reports",
          "wrote",
          "writes",
          "quoted",
          "quotes",
          "cited",
          "cites",
          "broadcast",
          "broadcasts",
          "said",
          "says",
          "reporting",
          "carried",
          "carries",
          "mentioned",
          "noted");
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "later");
  private static final Set<String> DESCRIPTORS =
      Set.of(
          "news",
          "agency",
          "newspaper",
          "daily",
          "weekly",
          "magazine",
          "television",
          "radio",
          "channel",
          "website",
          "site",
          "broadcaster",
          "network",
          "wire",
          "service",
          "portal",
          "outlet",
          "paper",
          "journal",
          "tabloid",
          "station");

  @Override
  public List<Citation> find(CitationContext context) {
    List<Citation> found = new ArrayList<>();
    List<Token> tokens = context.annotated().tokens();
    for (Sentence s : context.annotated().sentences()) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        String w = TokenWords.lower(tokens.get(i));
        if (w.equals("according")
            && i + 1 < s.endToken()
            && tokens.get(i + 1).word().equalsIgnoreCase("to")) {
          add(found, context, tokens.get(i).start(), nameAt(tokens, i + 2, s.endToken()), s);
        } else if ((w.equals("by") && i > s.firstToken() && reportedBefore(tokens.get(i - 1)))
            || w.equals("told")) {
          add(found, context, tokens.get(i).start(), nameAt(tokens, i + 1, s.endToken()), s);
        } else if (REPORTING.contains(w) && i > s.firstToken()) {
          int j = i;
          while (j > s.firstToken() && AUXILIARIES.contains(tokens.get(j - 1).word())) {
            j--;
          }
          NameRun name = NameRun.backward(tokens, j, s.firstToken());
          if (name != null && name.end() == j) {
            addSubject(found, context, name, tokens.get(i).end());
          }
        }
      }
    }
    return found;
  }

  /** "Reuters", "the BBC", or a described name: "the state news agency TDH". */
  private static NameRun nameAt(List<Token> tokens, int i, int limit) {
    NameRun name = NameRun.forward(tokens, i, limit);
    return name != null ? name : NameRun.afterDescriptor(tokens, i, limit, DESCRIPTORS);
  }

  private static boolean reportedBefore(Token t) {
    String w = TokenWords.lower(t);
    return w.equals("reported") || w.equals("broadcast") || w.equals("published");
  }

  /** "according to X", "reported by X", "told X": the phrase from the cue through the name. */
  private static void add(
      List<Citation> found, CitationContext context, int cueStart, NameRun name, Sentence s) {
    if (name == null) {
      return;
    }
    List<Token> tokens = context.annotated().tokens();
    String text = context.text();
    String source = SourceNames.clean(name.text(text));
    int stop = name.stop();
    boolean described =
        name.first() > 0 && DESCRIPTORS.contains(TokenWords.lower(tokens.get(name.first() - 1)));
    for (int k = name.end(); k < s.endToken() && k < name.end() + 2; k++) {
      if (!DESCRIPTORS.contains(TokenWords.lower(tokens.get(k)))) {
        break;
      }
      described = true;
      stop = tokens.get(k).end();
    }
    if (!(described || context.media().isMedia(source))
        || isPerson(name, context, source)
        || isDemonym(name, context, source)) {
      return;
    }
    if (!context.media().isMedia(source)) {
      source = text.substring(name.start(), stop); // "New York magazine"
    }
    int end = withDateAfter(context, stop);
    found.add(context.citation(cueStart, end, source, CitationKind.ATTRIBUTION));
  }

  /** "Kommersant reported": the phrase from the name through the verb. */
  private static void addSubject(
      List<Citation> found, CitationContext context, NameRun name, int verbEnd) {
    String text = context.text();
    String source = SourceNames.clean(name.text(text));
    if (!context.media().isMedia(source) || isPerson(name, context, source)) {
      return;
    }
    int end = withDateAfter(context, verbEnd);
    found.add(context.citation(name.start(), end, source, CitationKind.ATTRIBUTION));
  }

  /** Extends a phrase over " on October 21" when a date follows it directly. */
  private static int withDateAfter(CitationContext context, int end) {
    DateMention d = context.dateIn(end, end + 60);
    if (d != null && d.start() <= end + 4) {
      String gap = context.text().substring(end, d.start());
      if (DATE_GAP.matcher(gap).matches()) {
        return d.end();
      }
    }
    return end;
  }

  /** "told French television": a nationality describes the medium, it does not name it. */
  private static boolean isDemonym(NameRun name, CitationContext context, String source) {
    List<Token> tokens = context.annotated().tokens();
    boolean adjectives = name.tokens(tokens).stream().allMatch(PennTags::isAdjective);
    return !context.media().isMedia(source) && (adjectives || name.allTagged(tokens, "MISC"));
  }

  private static boolean isPerson(NameRun name, CitationContext context, String source) {
    return !context.media().isKnown(source)
        && name.allTagged(context.annotated().tokens(), "PERSON");
  }
}
