package org.dragoman.eval.gold;

/** A gold file that cannot be read or does not follow the gold format; the message is one line. */
public final class GoldFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GoldFormatException(String message) {
    super(message);
  }

  public GoldFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
