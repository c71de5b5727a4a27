package org.dragoman.record.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.lexicon.Gender;
import org.dragoman.lexicon.GenderLexicon;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Sentence;
import org.dragoman.model.Token;

/**
 * The gender of each person of one document, from the evidence the document gives: a known given
 * name ("Hillary Clinton"), an honorific ("Mrs. Clinton"), a gendered noun naming the person
 * ("first lady Michelle Obama", "Colleen Deacon, a single mother", the role "Congresswoman") and
 * the pronoun that follows the person as subject in the same sentence ("Grayson said he ...").
 * Evidence for both genders leaves the person's gender unknown unless one side outweighs the other
 * three to one. Immutable once built.
 */
final class PersonGenders {
  private static final int NAME = 3;
  private static final int TITLE = 3;
  private static final int NOUN = 2;
  private static final int PRONOUN = 1;
  private static final Set<String> APPOSITION_TAGS =
      Set.of("DT", "JJ", "JJR", "JJS", "CD", "NN", "NNP", "NNS", "NNPS", "POS", "HYPH", "VBN");

  private final Map<String, Gender> byEntity;

  private PersonGenders(Map<String, Gender> byEntity) {
    this.byEntity = Map.copyOf(byEntity);
  }

  /** The gender of entity {@code id}, or null when unknown or not a person. */
  Gender of(String id) {
    return id == null ? null : byEntity.get(id);
  }

  /**
   * Weighs the evidence of {@code annotated} for each person of {@code entities}; {@code entityAt}
   * gives the entity named at each token (null elsewhere).
   */
  static PersonGenders of(
      AnnotatedText annotated, List<Entity> entities, Entity[] entityAt, GenderLexicon lexicon) {
    List<Token> tokens = annotated.tokens();
    Map<String, int[]> votes = new HashMap<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      int[] v = new int[2];
      votes.put(e.id(), v);
      givenName(e.name(), lexicon, v);
      for (String alias : e.aliases()) {
        givenName(alias, lexicon, v);
      }
      for (String role : e.roles()) {
        for (String w : role.split("[\\s-]+")) {
          add(v, lexicon.ofWord(w), NOUN);
        }
      }
      for (Mention m : e.mentions()) {
        int i = annotated.tokenIndexAt(m.start());
        if (i < 0 || i >= tokens.size()) {
          continue;
        }
        int j = i;
        while (j < tokens.size() && tokens.get(j).start() < m.end()) {
          j++;
        }
        add(v, titleOf(tokens, i, lexicon), TITLE);
        add(v, nounBefore(tokens, i, lexicon), NOUN);
        add(v, apposition(tokens, j, lexicon), NOUN);
      }
    }
    List<Sentence> sentences = annotated.sentences();
    for (int n = 0; n < sentences.size(); n++) {
      boundPronoun(tokens, sentences.get(n), entityAt, votes);
      if (n + 1 < sentences.size()) {
        nextSentencePronoun(tokens, sentences.get(n), sentences.get(n + 1), entityAt, votes);
      }
    }
    Map<String, Gender> byEntity = new HashMap<>();
    for (Map.Entry<String, int[]> e : votes.entrySet()) {
      int male = e.getValue()[0];
      int female = e.getValue()[1];
      if (male > 0 && male >= 3 * female) {
        byEntity.put(e.getKey(), Gender.MALE);
      } else if (female > 0 && female >= 3 * male) {
        byEntity.put(e.getKey(), Gender.FEMALE);
      }
    }
    return new PersonGenders(byEntity);
  }

  private static void add(int[] v, Gender g, int weight) {
    if (g != null) {
      v[g == Gender.MALE ? 0 : 1] += weight;
    }
  }

  /** The first word of a name of two or more words, looked up as a given name. */
  private static void givenName(String name, GenderLexicon lexicon, int[] v) {
    String[] words = name.trim().split("\\s+");
    if (words.length >= 2) {
      add(v, lexicon.ofGivenName(words[0]), NAME);
    }
  }

  /** An honorific opening the mention at {@code i} or right before it ("Mrs. Clinton"). */
  private static Gender titleOf(List<Token> tokens, int i, GenderLexicon lexicon) {
    Gender own = lexicon.ofWord(tokens.get(i).word());
    if (own != null) {
      return own;
    }
    return null;
  }

  /**
   * A gendered noun in the title before the mention at {@code i}: "first lady Michelle Obama", "his
   * wife, Jane", "Mr. Smith". Stops at a possessive, a verb or a preposition.
   */
  private static Gender nounBefore(List<Token> tokens, int i, GenderLexicon lexicon) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      Token t = tokens.get(k);
      if (t.word().equals(",") && k == i - 1) {
        continue;
      }
      Gender g = lexicon.ofWord(t.word());
      if (g != null) {
        return g;
      }
      String pos = PennTags.of(t);
      if (!(PennTags.isNoun(pos) || PennTags.isAdjective(pos))) {
        return null;
      }
    }
    return null;
  }

  /**
   * The head noun of an apposition after a mention ending before token {@code j} when it is
   * gendered: "Colleen Deacon, a single mother of two".
   */
  private static Gender apposition(List<Token> tokens, int j, GenderLexicon lexicon) {
    if (j >= tokens.size() || !tokens.get(j).word().equals(",")) {
      return null;
    }
    Token head = null;
    for (int k = j + 1; k < Math.min(tokens.size(), j + 7); k++) {
      Token t = tokens.get(k);
      if (!APPOSITION_TAGS.contains(PennTags.of(t))) {
        break;
      }
      if (PennTags.isNoun(t)) {
        head = t;
      }
    }
    return head == null ? null : lexicon.ofWord(head.word());
  }

  /**
   * The only person named in sentence {@code s}, as its subject, and a personal pronoun opening the
   * next sentence: "Christie spoke in Iowa. He said ..." makes Christie male.
   */
  private static void nextSentencePronoun(
      List<Token> tokens, Sentence s, Sentence next, Entity[] entityAt, Map<String, int[]> votes) {
    if (next.firstToken() >= next.endToken()) {
      return;
    }
    Token first = tokens.get(next.firstToken());
    Gender g = PennTags.isPersonalPronoun(first) ? Gender.ofPronoun(TokenWords.lower(first)) : null;
    if (g == null) {
      return;
    }
    Entity only = null;
    int at = -1;
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      Entity e = entityAt[k];
      if (e == null || !votes.containsKey(e.id())) {
        continue;
      }
      if (only != null && only != e) {
        return;
      }
      if (only == null) {
        at = k;
      }
      only = e;
    }
    if (only == null) {
      return;
    }
    int k = at;
    while (k < s.endToken() && entityAt[k] == only) {
      k++;
    }
    if (k < s.endToken() && PennTags.isVerb(tokens.get(k))) {
      add(votes.get(only.id()), g, PRONOUN);
    }
  }

  /**
   * A person opening the subject of sentence {@code s} and the first personal pronoun after it,
   * when no other person is named between them: "Grayson said he would" makes Grayson male.
   */
  private static void boundPronoun(
      List<Token> tokens, Sentence s, Entity[] entityAt, Map<String, int[]> votes) {
    Entity subject = null;
    int k = s.firstToken();
    for (; k < s.endToken(); k++) {
      Entity e = entityAt[k];
      if (e != null && votes.containsKey(e.id())) {
        subject = e;
        break;
      }
      if (PennTags.isVerb(tokens.get(k))) {
        return;
      }
    }
    if (subject == null) {
      return;
    }
    while (k < s.endToken() && entityAt[k] == subject) {
      k++;
    }
    if (k < s.endToken() && PennTags.isPossessive(tokens.get(k))) {
      return;
    }
    boolean verb = false;
    for (; k < s.endToken(); k++) {
      Token t = tokens.get(k);
      Entity e = entityAt[k];
      if (e != null && e != subject && votes.containsKey(e.id())) {
        return;
      }
      if (PennTags.isVerb(t)) {
        verb = true;
      }
      if (Phrases.isQuoteToken(t)) {
        return;
      }
      Gender g = verb && PennTags.isPronoun(t) ? Gender.ofPronoun(TokenWords.lower(t)) : null;
      if (g != null) {
        add(votes.get(subject.id()), g, PRONOUN);
        return;
      }
    }
  }
}
