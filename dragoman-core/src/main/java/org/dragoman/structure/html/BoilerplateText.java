package org.dragoman.structure.html;

import java.util.regex.Pattern;

/**
 * Short lines whose words say they are page furniture, in the languages of the web's news: share
 * and follow prompts, "read also" teasers, subscription calls, picture credits, bare dates.
 */
final class BoilerplateText {
  private static final Pattern CUE =
      Pattern.compile(
          "^(?:share|teilen|partager|compartir|condividi|follow|folgen sie|folge uns|suivez"
              + "|síguenos|seguici|like this|gefällt mir|tweet|print|drucken|imprimer"
              + "|read (?:more|also|next)|more on this|related(?: (?:articles?|stories|posts|content|news))?\\s*(?::|$)|see also|you (?:might|may) also"
              + "|recommended|also read|lesen sie (?:auch|mehr|hier)|mehr zum thema|auch interessant"
              + "|das könnte sie|das könnte dich|weitere artikel|weiterlesen|mehr lesen|zum artikel"
              + "|à lire aussi|lire aussi|lire la suite|voir aussi|le puede interesar|lee también"
              + "|leer más|te puede interesar|ver también|leggi anche|potrebbe interessarti"
              + "|sign up|subscribe|newsletter|abonnieren|jetzt abonnieren|s'abonner|suscríbete"
              + "|never miss|don't miss|verpassen sie|get the latest|download (?:the|our) app"
              + "|advertisement|anzeige|werbung|publicité|publicidad|pubblicità|sponsored"
              + "|titelbild|beitragsbild|foto|fotos|bild|bilder|photo|image|credit|quelle|source"
              + "|aktualisiert(?: am)?:?\\s*\\d|updated(?: on)?:?\\s*\\d|zuletzt aktualisiert|stand:|veröffentlicht am|published(?: on)?:?\\s*\\d"
              + "|copyright|©|alle rechte|all rights reserved|tous droits|todos los derechos"
              + "|kommentieren|kommentare\\s*(?:\\(\\d+\\))?$|comments?\\s*(?:\\(\\d+\\))?$|leave a (?:comment|reply)|schreibe einen"
              + "|über den autor|über die autorin|zum autor|zur autorin|about the author"
              + "|schon gelesen|das könnte|könnte sie auch|könnte dich auch|vorschau auf"
              + "|teilnehmende blogs|mehr aus|more from|more stories|weitere beiträge"
              + "|ähnliche beiträge|ähnliche artikel|verwandte artikel|top-themen|meistgelesen"
              + "|zurück|back to|weiter zu|nächster artikel|vorheriger artikel|(?:previous|next) (?:post|article|story|page))"
              + "(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern BARE_DATE =
      Pattern.compile("^[\\d\\s./:,-]{6,20}(?:uhr|h)?$", Pattern.CASE_INSENSITIVE);

  private BoilerplateText() {}

  /** Whether a block of body text is furniture by its words alone. */
  static boolean furniture(CharSequence block) {
    int n = block.length();
    if (n == 0) {
      return true;
    }
    if (n > 160) {
      return false;
    }
    return CUE.matcher(block).find() || BARE_DATE.matcher(block).matches();
  }
}
