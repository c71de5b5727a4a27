package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dragoman.lexicon.LexiconFile;

/**
 * The reporting cues of English news: verbs by how they take their content, multi-word phrases,
 * nouns whose possessor speaks and nouns that name speakers. Read once from the data file {@code
 * reporting-cues.txt}; immutable and thread-safe.
 */
public final class ReportingLexicon {
  /** How a reporting verb takes its content. */
  public enum VerbClass {
    /** A clause with or without "that": "said he would". */
    SAY,
    /** An object, then a clause: "told the audience that". */
    TELL,
    /** Only a "that" clause or a quotation: "hinted that", "expressed his “...”". */
    THAT,
    /** A position, intention or judgement as complement: "wants to", "praised the deal". */
    STANCE
  }

  private static final String RESOURCE = "reporting-cues.txt";

  private final Map<String, VerbClass> verbs;
  private final List<List<String>> phrases;
  private final Set<String> documentNouns;
  private final Set<String> personNouns;
  private final Set<String> attitudes;
  private final Set<String> objectless;
  private final Set<String> groupNouns;
  private final Set<String> topicVerbs;
  private final Set<String> occasions;
  private final Set<String> cueNouns;
  private final Set<String> lightVerbs;

  private ReportingLexicon(
      Map<String, VerbClass> verbs,
      List<List<String>> phrases,
      Set<String> documentNouns,
      Set<String> personNouns,
      Set<String> attitudes,
      Set<String> objectless,
      Set<String> groupNouns,
      Set<String> topicVerbs,
      Set<String> occasions,
      Set<String> cueNouns,
      Set<String> lightVerbs) {
    this.cueNouns = Set.copyOf(cueNouns);
    this.lightVerbs = Set.copyOf(lightVerbs);
    this.topicVerbs = Set.copyOf(topicVerbs);
    this.occasions = Set.copyOf(occasions);
    this.attitudes = Set.copyOf(attitudes);
    this.objectless = Set.copyOf(objectless);
    this.groupNouns = Set.copyOf(groupNouns);
    this.verbs = Map.copyOf(verbs);
    this.phrases = List.copyOf(phrases);
    this.documentNouns = Set.copyOf(documentNouns);
    this.personNouns = Set.copyOf(personNouns);
  }

  /** The lexicon bundled with Dragoman. */
  public static ReportingLexicon bundled() {
    return parse(LexiconFile.sectioned(ReportingLexicon.class, RESOURCE));
  }

  static ReportingLexicon parse(List<LexiconFile.Line> lines) {
    Map<String, VerbClass> verbs = new HashMap<>();
    List<List<String>> phrases = new ArrayList<>();
    Set<String> documents = new HashSet<>();
    Set<String> persons = new HashSet<>();
    Set<String> attitudes = new HashSet<>();
    Set<String> objectless = new HashSet<>();
    Set<String> groups = new HashSet<>();
    Set<String> topics = new HashSet<>();
    Set<String> occasions = new HashSet<>();
    Set<String> nouns = new HashSet<>();
    Set<String> light = new HashSet<>();
    for (LexiconFile.Line line : lines) {
      int number = line.number();
      String entry = line.text().toLowerCase(Locale.ROOT);
      String section = line.section() == null ? null : line.section().toLowerCase(Locale.ROOT);
      if (section == null) {
        throw new IllegalArgumentException(
            RESOURCE + " line " + number + ": entry before any [section]");
      }
      switch (section) {
        case "say" -> verbs.put(entry, VerbClass.SAY);
        case "tell" -> verbs.put(entry, VerbClass.TELL);
        case "that" -> verbs.putIfAbsent(entry, VerbClass.THAT);
        case "stance" -> verbs.putIfAbsent(entry, VerbClass.STANCE);
        case "phrase" -> phrases.add(List.of(entry.split("\\s+")));
        case "document" -> documents.add(entry);
        case "person" -> persons.add(entry);
        case "attitude" -> attitudes.add(entry);
        case "objectless" -> objectless.add(entry);
        case "group" -> groups.add(entry);
        case "topic" -> topics.add(entry);
        case "occasion" -> occasions.add(entry);
        case "noun" -> nouns.add(entry);
        case "light" -> light.add(entry);
        default ->
            throw new IllegalArgumentException(
                RESOURCE + " line " + number + ": unknown section [" + section + "]");
      }
    }
    return new ReportingLexicon(
        verbs,
        phrases,
        documents,
        persons,
        attitudes,
        objectless,
        groups,
        topics,
        occasions,
        nouns,
        light);
  }

  /** The class of a reporting verb by its lemma, or null when it is not one. */
  public VerbClass verb(String lemma) {
    return lemma == null ? null : verbs.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** Multi-word cues that precede their source, each as lower-case words. */
  public List<List<String>> phrases() {
    return phrases;
  }

  /** An adjective that reports a stance: "optimistic that", "critical of". */
  public boolean isAttitude(String word) {
    return word != null && attitudes.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a reporting verb's plain object is what it reports ("emphasized the successes"), as for
   * every verb but those listed in [objectless] ("added 200 jobs").
   */
  public boolean takesObjectContent(String lemma) {
    return lemma != null
        && verbs.containsKey(lemma.toLowerCase(Locale.ROOT))
        && !objectless.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A verb whose content follows a topic preposition only: "talked about", not "talked for". */
  public boolean needsTopic(String lemma) {
    return lemma != null && topicVerbs.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A noun that reports a statement or stance (by lemma): "claim", "call", "pledge". */
  public boolean isCueNoun(String lemma) {
    return lemma != null && cueNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Light verbs whose noun object reports: "made a call for", "issued a warning". */
  public Set<String> lightVerbs() {
    return lightVerbs;
  }

  /** A noun for where or how something was said: "in an interview", "at a rally". */
  public boolean isOccasion(String lemma) {
    return lemma != null && occasions.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A noun, singular or plural, for a group of people that holds views: "groups", "Democrats". */
  public boolean isGroupNoun(String word) {
    return word != null && groupNouns.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isDocumentNoun(String lemma) {
    return lemma != null && documentNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean isPersonNoun(String word) {
    return word != null && personNouns.contains(word.toLowerCase(Locale.ROOT));
  }
}
