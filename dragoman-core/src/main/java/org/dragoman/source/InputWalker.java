package org.dragoman.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads files and directories (recursively, in name order) through the detected sources. */
public final class InputWalker {
  private final Sources sources;

  public InputWalker(Sources sources) {
    this.sources = sources;
  }

  public void read(List<Path> paths, DocumentSink sink) {
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            readFile(f, sink);
          }
        } catch (IOException e) {
          sink.error(path.toString(), "cannot list directory: " + e.getMessage());
        }
      } else {
        readFile(path, sink);
      }
    }
  }

  private void readFile(Path file, DocumentSink sink) {
    try {
      SourceInput input = new SourceInput(file.toString(), Files.readAllBytes(file));
      sources.detect(input).read(input, sink);
    } catch (IOException e) {
      sink.error(file.toString(), "cannot read: " + e.getMessage());
    } catch (SourceException e) {
      sink.error(file.toString(), e.getMessage());
    }
  }
}
