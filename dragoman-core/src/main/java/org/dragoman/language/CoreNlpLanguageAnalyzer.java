package org.dragoman.language;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Sentence;
import org.dragoman.model.Token;

/**
 * Stanford CoreNLP configured for speed: tokenize, ssplit, pos, lemma and the 3-class NER model,
 * without SUTime, numeric or fine-grained classifiers (our record stage does dates and roles
 * better), with false sentence breaks undone between splitting and tagging ({@link SentenceJoin}).
 * One pipeline is loaded per instance and shared across threads: {@link StanfordCoreNLP#annotate}
 * keeps no per-document state in the pipeline, so concurrent calls on separate texts are safe. Use
 * {@link #shared()} to load the models once per process.
 */
public final class CoreNlpLanguageAnalyzer implements LanguageAnalyzer {
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP taggers;

  public CoreNlpLanguageAnalyzer() {
    this(fastProperties());
  }

  /** The process-wide analyzer with {@link #fastProperties()}, loaded on first use (~5 s). */
  public static CoreNlpLanguageAnalyzer shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final CoreNlpLanguageAnalyzer INSTANCE = new CoreNlpLanguageAnalyzer();
  }

  /**
   * A pipeline in two runs when its annotators start with "tokenize,ssplit": those two first, then
   * {@link SentenceJoin} undoes false sentence breaks, then the remaining annotators tag the joined
   * sentences. Other annotator lists run as one pipeline.
   */
  public CoreNlpLanguageAnalyzer(Properties properties) {
    String annotators = properties.getProperty("annotators", "").replace(" ", "");
    String head = "tokenize,ssplit";
    if (annotators.startsWith(head + ",")) {
      Properties first = new Properties();
      first.putAll(properties);
      first.setProperty("annotators", head);
      Properties rest = new Properties();
      rest.putAll(properties);
      rest.setProperty("annotators", annotators.substring(head.length() + 1));
      rest.setProperty("enforceRequirements", "false");
      this.splitter = new StanfordCoreNLP(first);
      this.taggers = new StanfordCoreNLP(rest);
    } else {
      this.splitter = null;
      this.taggers = new StanfordCoreNLP(properties);
    }
  }

  /** The configuration we use: the fast 3-class NER, no SUTime, no extras. */
  public static Properties fastProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.maxlen", "200");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.combinationMode", "NORMAL");
    // The CRF otherwise learns "known lowercase words" from every text it reads, so a document's
    // tags would depend on which documents came before it (and on thread timing).
    p.setProperty("ner.maxAdditionalKnownLCWords", "0");
    p.setProperty("ner.docdate.useFixedDate", "");
    return p;
  }

  @Override
  public AnnotatedText annotate(String text) {
    if (text == null) {
      throw new IllegalArgumentException("no text to annotate (null)");
    }
    Annotation annotation = new Annotation(text);
    if (splitter != null) {
      splitter.annotate(annotation);
      SentenceJoin.apply(annotation);
    }
    taggers.annotate(annotation);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      int first = tokens.size();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(
            new Token(
                t.beginPosition(),
                t.endPosition(),
                text.substring(t.beginPosition(), t.endPosition()),
                t.tag(),
                t.lemma(),
                t.ner() == null ? "O" : t.ner()));
      }
      if (tokens.size() > first) {
        sentences.add(
            new Sentence(
                tokens.get(first).start(),
                tokens.get(tokens.size() - 1).end(),
                first,
                tokens.size()));
      }
    }
    return new AnnotatedText(text, tokens, sentences);
  }
}
