package org.dragoman.eval.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dragoman.model.RawDocument;
import org.dragoman.source.InputWalker;
import org.dragoman.source.Sources;
import org.dragoman.source.WalkedDocuments;
import org.dragoman.structure.PageReader;

/**
 * Reads the benchmark documents and counts their body tokens with CoreNLP's English tokenizer (the
 * one both pipelines start with), so that both rates divide the same token count.
 *
 * @param documents the documents with a non-blank body, in input order
 * @param errors inputs that could not be read, one line each
 */
public record BenchCorpus(List<BenchDocument> documents, List<String> errors) {
  public BenchCorpus {
    documents = List.copyOf(documents);
    errors = List.copyOf(errors);
  }

  public static BenchCorpus read(List<Path> inputs, Sources sources, PageReader pages) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize");
    p.setProperty("tokenize.language", "en");
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(p);
    WalkedDocuments read = new InputWalker(sources).readAll(inputs);
    List<String> errors = new ArrayList<>(read.errors());
    List<BenchDocument> docs = new ArrayList<>();
    for (RawDocument raw : read.documents()) {
      String body;
      try {
        body = pages.read(raw).text();
      } catch (RuntimeException e) {
        errors.add(raw.origin().source() + ": structure failed: " + e.getMessage());
        continue;
      }
      if (body.isBlank()) {
        continue;
      }
      Annotation a = new Annotation(body);
      tokenizer.annotate(a);
      docs.add(new BenchDocument(raw, body, a.get(CoreAnnotations.TokensAnnotation.class).size()));
    }
    return new BenchCorpus(docs, errors);
  }

  public int tokens() {
    return documents.stream().mapToInt(BenchDocument::tokens).sum();
  }
}
