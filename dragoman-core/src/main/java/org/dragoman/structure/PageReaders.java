package org.dragoman.structure;

import org.dragoman.model.Format;
import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;

/** Chooses the page reader for a raw document by its format. */
public final class PageReaders implements PageReader {
  private final PageReader html;
  private final PageReader text;

  public PageReaders(PageReader html, PageReader text) {
    this.html = html;
    this.text = text;
  }

  public static PageReaders defaults() {
    return new PageReaders(new HtmlPageReader(), new TextPageReader());
  }

  @Override
  public Page read(RawDocument document) {
    return document.format() == Format.HTML ? html.read(document) : text.read(document);
  }
}
