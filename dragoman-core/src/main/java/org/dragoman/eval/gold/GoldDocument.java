package org.dragoman.eval.gold;

import java.util.List;

/**
 * The reference annotation of one document.
 *
 * @param file the document's path as written in the gold file
 * @param record the record inside a multi-document file (matched against the origin's record id or
 *     the document id), or null when the file holds one document
 * @param metadata metadata and comment checks, or null
 * @param textMustContain passages the predicted body must contain
 * @param textMustNotContain passages it must not contain
 * @param entities entities that must be found
 * @param entityErrors entities that must not be predicted
 * @param quotes quotes with their speakers
 * @param reportedSpeech reported statements with their speakers
 * @param citations citations that must be found
 * @param dates dates that must get their value
 */
public record GoldDocument(
    String file,
    String record,
    GoldMetadata metadata,
    List<String> textMustContain,
    List<String> textMustNotContain,
    List<GoldEntity> entities,
    List<GoldEntityError> entityErrors,
    List<GoldStatement> quotes,
    List<GoldStatement> reportedSpeech,
    List<GoldCitation> citations,
    List<GoldDate> dates) {
  public GoldDocument {
    textMustContain = List.copyOf(textMustContain);
    textMustNotContain = List.copyOf(textMustNotContain);
    entities = List.copyOf(entities);
    entityErrors = List.copyOf(entityErrors);
    quotes = List.copyOf(quotes);
    reportedSpeech = List.copyOf(reportedSpeech);
    citations = List.copyOf(citations);
    dates = List.copyOf(dates);
  }

  /** How the document is named in listings: the file, with its record when there is one. */
  public String label() {
    return record == null ? file : file + "#" + record;
  }
}
