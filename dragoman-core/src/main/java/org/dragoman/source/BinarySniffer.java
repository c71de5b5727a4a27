package org.dragoman.source;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Tells binary data from text by its first bytes: known magic numbers, NUL and control bytes. */
final class BinarySniffer {
  private BinarySniffer() {}

  /** Whether the bytes start with the gzip magic number. */
  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /** What kind of binary file these leading bytes are, as words for a message, if known. */
  static Optional<String> knownKind(byte[] head) {
    if (startsWith(head, "%PDF-")) {
      return Optional.of("PDF document");
    }
    if (startsWith(head, 0x50, 0x4b, 0x03, 0x04) || startsWith(head, 0x50, 0x4b, 0x05, 0x06)) {
      return Optional.of("ZIP archive or office document");
    }
    if (startsWith(head, 0x89, 'P', 'N', 'G')) {
      return Optional.of("PNG image");
    }
    if (startsWith(head, 0xff, 0xd8, 0xff)) {
      return Optional.of("JPEG image");
    }
    if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a")) {
      return Optional.of("GIF image");
    }
    if (startsWith(head, 0x7f, 'E', 'L', 'F')) {
      return Optional.of("ELF executable");
    }
    if (startsWith(head, 0xd0, 0xcf, 0x11, 0xe0)) {
      return Optional.of("legacy Microsoft Office document");
    }
    if (startsWith(head, 0xca, 0xfe, 0xba, 0xbe)) {
      return Optional.of("Java class file");
    }
    if (startsWith(head, "Rar!")) {
      return Optional.of("RAR archive");
    }
    if (startsWith(head, '7', 'z', 0xbc, 0xaf, 0x27, 0x1c)) {
      return Optional.of("7-Zip archive");
    }
    if (startsWith(head, 0xfd, '7', 'z', 'X', 'Z', 0x00)) {
      return Optional.of("XZ archive");
    }
    if (startsWith(head, 0x28, 0xb5, 0x2f, 0xfd)) {
      return Optional.of("Zstandard archive");
    }
    if (startsWith(head, "BZh") && head.length > 9 && startsWithAt(head, 4, "1AY&SY")) {
      return Optional.of("bzip2 archive");
    }
    if (startsWith(head, "SQLite format 3")) {
      return Optional.of("SQLite database");
    }
    if (startsWith(head, "RIFF") && head.length >= 12) {
      return Optional.of("RIFF media file (WebP, WAV or AVI)");
    }
    if (startsWith(head, "OggS")) {
      return Optional.of("Ogg media file");
    }
    if (startsWith(head, "ID3") || startsWith(head, 0xff, 0xfb)) {
      return Optional.of("MP3 audio");
    }
    if (startsWithAt(head, 4, "ftyp")) {
      return Optional.of("MP4 or QuickTime media file");
    }
    if (startsWith(head, "wOFF") || startsWith(head, "wOF2")) {
      return Optional.of("web font");
    }
    if (startsWith(head, "MZ") && hasNul(head)) {
      return Optional.of("Windows executable");
    }
    if (isGzip(head)) {
      return Optional.of("gzip data");
    }
    return Optional.empty();
  }

  /**
   * Why these leading bytes are not text, if they are not: a known binary kind, NUL bytes (over
   * 1%), or control bytes (over 10%). Call only for bytes without a UTF-16/32 byte order mark.
   */
  static Optional<String> binaryReason(byte[] head) {
    Optional<String> kind = knownKind(head);
    if (kind.isPresent()) {
      return kind;
    }
    int nul = 0;
    for (byte b : head) {
      nul += b == 0 ? 1 : 0;
    }
    if (nul * 100 > head.length) { // a stray NUL or two occurs in real web pages
      return Optional.of("unknown binary data with NUL bytes");
    }
    int control = 0;
    for (byte b : head) {
      int c = b & 0xff;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
        control++;
      }
    }
    if (head.length > 0 && control * 10 > head.length) {
      return Optional.of("unknown binary data with control bytes");
    }
    return Optional.empty();
  }

  /** The message for a binary file. */
  static String message(String reason) {
    return "binary file (" + reason + "), not text";
  }

  private static boolean hasNul(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] head, String ascii) {
    return startsWithAt(head, 0, ascii);
  }

  private static boolean startsWithAt(byte[] head, int offset, String ascii) {
    byte[] magic = ascii.getBytes(StandardCharsets.ISO_8859_1);
    if (head.length < offset + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[offset + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
