package org.dragoman.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Reads files and directories through the detected sources. Directories are walked recursively in
 * path order, passing over hidden files and directories (.git, .DS_Store); a path named explicitly
 * is always read. Every file that cannot be read becomes one error; the others are still read.
 */
public final class InputWalker {
  private final Sources sources;

  public InputWalker() {
    this(Sources.defaults());
  }

  /** Reads with these sources and their size limit ({@link Sources#maxDocumentBytes()}). */
  public InputWalker(Sources sources) {
    this.sources = sources;
  }

  public void read(List<Path> paths, DocumentSink sink) {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        sink.error(path.toString(), "no such file");
      } else if (Files.isDirectory(path)) {
        List<Path> files;
        try {
          files = filesUnder(path);
        } catch (IOException e) {
          sink.error(path.toString(), "cannot list directory: " + SourceInput.oneLine(e));
          continue;
        }
        for (Path f : files) {
          readFile(f, sink);
        }
      } else {
        readFile(path, sink);
      }
    }
  }

  /** The regular files under a directory, hidden ones left out, sorted by path. */
  static List<Path> filesUnder(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && isHidden(dir)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !isHidden(file)) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            files.add(file); // reported when read
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    return files;
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private void readFile(Path file, DocumentSink sink) {
    String location = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        sink.error(location, "not a regular file");
        return;
      }
      if (Files.size(file) == 0) {
        sink.error(location, "empty file");
        return;
      }
      SourceInput input = SourceInput.of(file, sources.maxDocumentBytes());
      sources.read(input, sink);
    } catch (IOException e) {
      sink.error(location, "cannot read: " + SourceInput.oneLine(e));
    } catch (SourceException e) {
      sink.error(location, e.getMessage());
    } catch (RuntimeException e) {
      // a bug in a source: still one line, and the other files are read
      sink.error(
          location, "unexpected " + e.getClass().getSimpleName() + ": " + SourceInput.oneLine(e));
    }
  }
}
