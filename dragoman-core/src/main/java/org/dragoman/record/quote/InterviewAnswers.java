package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Span;

/**
 * The answers of a question-and-answer interview ("Q: ... A: ..."): each answer runs from a line
 * opening with "A:" to the next line opening with "Q:". The interviewee, who says "I" in them, is
 * the person named in the first line (the title), else the person named most often before the first
 * question. Immutable once built.
 */
final class InterviewAnswers {
  private static final Pattern LABEL =
      Pattern.compile("(?m)^[ \\t]*(Q|A|QUESTION|ANSWER)[:.][ \\t]", Pattern.CASE_INSENSITIVE);

  private final List<Span> answers;
  private final Entity interviewee;

  private InterviewAnswers(List<Span> answers, Entity interviewee) {
    this.answers = List.copyOf(answers);
    this.interviewee = interviewee;
  }

  /** Finds the answers of {@code text}; none when it has fewer than two questions and answers. */
  static InterviewAnswers of(String text, List<Entity> entities) {
    List<Span> answers = new ArrayList<>();
    int questions = 0;
    int firstQuestion = -1;
    int open = -1;
    Matcher m = LABEL.matcher(text);
    while (m.find()) {
      boolean question = m.group(1).toUpperCase(java.util.Locale.ROOT).startsWith("Q");
      if (question) {
        questions++;
        if (firstQuestion < 0) {
          firstQuestion = m.start();
        }
        if (open >= 0) {
          answers.add(new Span(open, m.start()));
          open = -1;
        }
      } else if (open < 0) {
        open = m.start();
      }
    }
    if (open >= 0) {
      answers.add(new Span(open, text.length()));
    }
    if (questions < 2 || answers.size() < 2) {
      return new InterviewAnswers(List.of(), null);
    }
    int titleEnd = text.indexOf('\n');
    Entity inTitle = mostNamed(entities, 0, titleEnd < 0 ? 0 : titleEnd);
    Entity interviewee = inTitle != null ? inTitle : mostNamed(entities, 0, firstQuestion);
    return new InterviewAnswers(interviewee == null ? List.of() : answers, interviewee);
  }

  /** The person named most often in [from, to), the earliest named on ties; null when none. */
  private static Entity mostNamed(List<Entity> entities, int from, int to) {
    Entity best = null;
    int bestCount = 0;
    int bestFirst = Integer.MAX_VALUE;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      int count = 0;
      int first = Integer.MAX_VALUE;
      for (Mention m : e.mentions()) {
        if (m.start() >= from && m.end() <= to) {
          count++;
          first = Math.min(first, m.start());
        }
      }
      if (count > bestCount || (count == bestCount && count > 0 && first < bestFirst)) {
        best = e;
        bestCount = count;
        bestFirst = first;
      }
    }
    return best;
  }

  /** The interviewee when {@code offset} lies in an answer, else null. */
  Entity speakerAt(int offset) {
    for (Span a : answers) {
      if (a.start() <= offset && offset < a.end()) {
        return interviewee;
      }
    }
    return null;
  }
}
