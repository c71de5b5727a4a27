package org.dragoman.source;

/** An input that cannot be read at all; the message is one line that names the cause. */
public class SourceException extends Exception {
  public SourceException(String message) {
    super(message);
  }

  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
