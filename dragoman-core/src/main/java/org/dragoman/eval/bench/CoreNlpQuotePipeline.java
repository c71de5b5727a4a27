package org.dragoman.eval.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's own quote pipeline, the baseline of {@code dragoman bench}: tokenize, ssplit, pos,
 * lemma, ner, depparse, coref, quote, every annotator with its CoreNLP defaults. For English the
 * coref annotator defaults to the statistical algorithm ({@code coref.algorithm=statistical}),
 * which works from dependency parses; its models are in the plain stanford-corenlp models jar.
 */
public final class CoreNlpQuotePipeline {
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  public CoreNlpQuotePipeline() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    this.pipeline = new StanfordCoreNLP(p);
  }

  public Annotation annotate(String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    return a;
  }
}
