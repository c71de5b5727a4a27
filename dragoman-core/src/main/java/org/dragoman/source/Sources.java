package org.dragoman.source;

import java.util.List;

/** The registered source formats, most specific first. */
public final class Sources {
  private final List<Source> sources;

  public Sources(List<Source> sources) {
    this.sources = List.copyOf(sources);
  }

  public static Sources defaults() {
    return new Sources(List.of(new TextSource()));
  }

  /** The first source that accepts the input. */
  public Source detect(SourceInput input) throws SourceException {
    for (Source s : sources) {
      if (s.accepts(input)) {
        return s;
      }
    }
    throw new SourceException("unknown format");
  }

  public List<Source> all() {
    return sources;
  }
}
