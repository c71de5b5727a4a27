package org.dragoman.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.model.RawDocument;

/**
 * Reads files and directories through the detected sources. Directories are walked recursively in
 * path order, passing over hidden files and directories (.git, .DS_Store) and what a {@value
 * #IGNORE_FILE} file lists; a path named explicitly is always read. Every file that cannot be read
 * becomes one error; the others are still read.
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

  /** Reads the paths into memory: every document, and every error as one line. */
  public WalkedDocuments readAll(List<Path> paths) {
    List<RawDocument> documents = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    read(
        paths,
        new DocumentSink() {
          @Override
          public void document(RawDocument document) {
            documents.add(document);
          }

          @Override
          public void error(String location, String cause) {
            errors.add(location + ": " + cause);
          }
        });
    return new WalkedDocuments(documents, errors);
  }

  /** The name of a file that lists, one glob a line, what a directory walk passes over. */
  public static final String IGNORE_FILE = ".dragomanignore";

  /**
   * The regular files under a directory, sorted by path, leaving out hidden files and directories
   * and whatever a {@value #IGNORE_FILE} file in a walked directory lists (globs such as {@code
   * README.md}, {@code gold/}, {@code *.json}, matched against names and paths relative to it).
   */
  static List<Path> filesUnder(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    Map<Path, List<PathMatcher>> ignores = new HashMap<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!dir.equals(root) && (isHidden(dir) || ignored(dir, root, ignores))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Path ignoreFile = dir.resolve(IGNORE_FILE);
            if (Files.isRegularFile(ignoreFile)) {
              ignores.put(dir, matchers(ignoreFile));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !isHidden(file) && !ignored(file, root, ignores)) {
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

  private static List<PathMatcher> matchers(Path ignoreFile) throws IOException {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String line : Files.readAllLines(ignoreFile, StandardCharsets.UTF_8)) {
      String glob = line.strip().replaceAll("/+$", "");
      if (!glob.isEmpty() && !glob.startsWith("#")) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      }
    }
    return matchers;
  }

  /** Whether an ignore file in a directory between the root and this path lists it. */
  private static boolean ignored(Path path, Path root, Map<Path, List<PathMatcher>> ignores) {
    for (Path dir = path.getParent(); dir != null; dir = dir.getParent()) {
      for (PathMatcher m : ignores.getOrDefault(dir, List.of())) {
        if (m.matches(path.getFileName()) || m.matches(dir.relativize(path))) {
          return true;
        }
      }
      if (dir.equals(root)) {
        break;
      }
    }
    return false;
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
