package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Token;

/**
 * Corrects the part of speech of capitalized words inside the names of people and organizations
 * that the tagger read as adjectives or verbs ("Devine/JJ declared/VBN", "Tim Kaine/VBD"), so that
 * a named subject is read as a noun phrase and its verb as finite.
 */
final class NameTagging {
  private NameTagging() {}

  /** The annotated text with the words of person and organization mentions tagged as NNP. */
  static AnnotatedText retag(AnnotatedText annotated, List<Entity> entities) {
    List<Token> tokens = annotated.tokens();
    boolean[] inName = new boolean[tokens.size()];
    boolean any = false;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (Mention m : e.mentions()) {
        for (int i = annotated.tokenIndexAt(m.start());
            i < tokens.size() && tokens.get(i).start() < m.end();
            i++) {
          if (misread(tokens.get(i))) {
            inName[i] = true;
            any = true;
          }
        }
      }
    }
    if (!any) {
      return annotated;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      out.add(inName[i] ? new Token(t.start(), t.end(), t.word(), "NNP", t.lemma(), t.ner()) : t);
    }
    return new AnnotatedText(annotated.text(), out, annotated.sentences());
  }

  /** A capitalized word tagged as an adjective, verb, adverb or common noun. */
  static boolean misread(Token t) {
    String w = t.word();
    return !w.isEmpty()
        && Character.isUpperCase(w.charAt(0))
        && t.pos() != null
        && t.pos().matches("JJ.*|VB.*|RB.*|NN|NNS|FW");
  }
}
