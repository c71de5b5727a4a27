package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Block;

/**
 * The attribution of quotation marks no cue claimed: block quotes, quotes introduced by a colon,
 * the speaker of the sentence, continuations, quotes cued after their marks and the person of the
 * previous sentence, tried in that order; the rest (scare quotes, quoted terms) get no speaker.
 */
final class MarkedQuoteAttributor {
  private final DocumentView doc;
  private final ColonIntroductions colons;
  private final SentenceSpeakers sentenceSpeakers;
  private final QuoteContinuations continuations;
  private final CuesAfterQuote cuesAfter;
  private final PreviousSentenceSpeaker previousSentence;

  MarkedQuoteAttributor(DocumentView doc, SpeakerPhrases phrases, QuoteAssembly assembly) {
    this.doc = doc;
    this.colons = new ColonIntroductions(doc, phrases, assembly);
    this.sentenceSpeakers = new SentenceSpeakers(doc, phrases);
    this.continuations = new QuoteContinuations(doc);
    this.cuesAfter = new CuesAfterQuote(doc, phrases, assembly);
    this.previousSentence = new PreviousSentenceSpeaker(doc, phrases);
  }

  /**
   * Joins quotation marks to the statements that cover them and attributes the others: block
   * quotes, quotes continuing an attributed speaker's quote in the paragraph, and the rest (scare
   * quotes, quoted terms) with no speaker.
   */
  List<Attribution> absorbMarks() {
    List<Attribution> out = new ArrayList<>(doc.found);
    for (Block b : doc.blockQuotes) {
      boolean claimed = out.stream().anyMatch(a -> a.block() && a.start() == b.start());
      if (!claimed && out.stream().noneMatch(a -> a.start() == b.start() && a.end() == b.end())) {
        out.add(
            new Attribution(
                b.start(), b.end(), null, null, -1, -1, b.start(), b.end(), 0.3, false, true));
      }
    }
    for (MarkedQuote m : doc.marks) {
      int covering = -1;
      for (int k = 0; k < out.size(); k++) {
        Attribution a = out.get(k);
        if (a.start() < m.end() && m.start() < a.end()) {
          covering = k;
          break;
        }
      }
      if (covering >= 0) {
        Attribution a = out.get(covering);
        if (!a.block()) {
          out.set(covering, a.extendTo(m.start(), m.end()));
        }
        continue;
      }
      out.add(unclaimed(m, out));
    }
    return out;
  }

  /** The attribution of a quotation no statement covers, by the first rule that names a speaker. */
  private Attribution unclaimed(MarkedQuote m, List<Attribution> known) {
    boolean sentenceLike = doc.sentenceLike(m);
    Attribution introduced = colons.introducedByColon(m);
    if (introduced != null) {
      return introduced;
    }
    Attribution inSentence = sentenceSpeakers.personSubjectBefore(m);
    if (inSentence != null) {
      return inSentence;
    }
    Attribution sameSentence = sentenceSpeakers.speakerOfSentence(m, known, sentenceLike);
    if (sameSentence != null) {
      return sameSentence;
    }
    if (sentenceLike) {
      Attribution continued = continuations.continuing(m, known);
      if (continued != null) {
        return continued;
      }
    }
    Attribution inverted = cuesAfter.speakerVerbAfter(m, sentenceLike);
    if (inverted != null) {
      return inverted;
    }
    Attribution afterPerson =
        sentenceLike ? previousSentence.personSubjectOfPreviousSentence(m) : null;
    if (afterPerson != null) {
      return afterPerson;
    }
    return new Attribution(
        m.start(),
        m.end(),
        null,
        null,
        -1,
        -1,
        m.start(),
        m.end(),
        sentenceLike ? 0.3 : 0.2,
        true,
        false);
  }
}
