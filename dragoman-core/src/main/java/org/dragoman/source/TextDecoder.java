package org.dragoman.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a text or HTML document whatever their encoding: byte order mark first, then
 * a charset the container declared, then UTF-8 when the bytes are valid UTF-8, then statistical
 * detection (juniversalchardet), then windows-1252. Binary data is refused before decoding. Invalid
 * bytes become U+FFFD; a result where more than a quarter of the visible characters are invalid or
 * control characters is refused as undecodable. Line ends become {@code \n}; NUL characters and a
 * leading U+FEFF are dropped.
 */
final class TextDecoder {
  /** Decoded text and the charset it was decoded with. */
  record Decoded(String text, String charset) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /**
   * Decodes the bytes.
   *
   * @param declared a charset label the container declared (HTTP header, HTML meta), or null
   * @throws SourceException for binary data, an unsupported encoding, or undecodable text
   */
  static Decoded decode(byte[] bytes, String declared) throws SourceException {
    Charset charset = charset(bytes, declared);
    int bom = bomLength(bytes, charset);
    String text = decodeReplacing(ByteBuffer.wrap(bytes, bom, bytes.length - bom), charset);
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (text.indexOf('\0') >= 0) {
      text = text.replace("\0", "");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    checkDecodable(text, charset);
    return new Decoded(text, charset.name());
  }

  /** The charset to decode these bytes with (see the class comment for the order). */
  static Charset charset(byte[] bytes, String declared) throws SourceException {
    Optional<Charset> bom = bomCharset(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    if (looksLikeUtf16WithoutBom(bytes)) {
      return utf16Endianness(bytes);
    }
    byte[] head =
        bytes.length <= SourceInput.HEAD_BYTES
            ? bytes
            : java.util.Arrays.copyOf(bytes, SourceInput.HEAD_BYTES);
    Optional<String> binary = BinarySniffer.binaryReason(head);
    if (binary.isPresent()) {
      throw new SourceException(BinarySniffer.message(binary.get()));
    }
    Optional<Charset> given =
        declared == null || isWideLabel(declared) ? Optional.empty() : supported(declared);
    if (given.isPresent()) {
      return given.get();
    }
    if (isValidUtf8(bytes)) {
      return StandardCharsets.UTF_8;
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String detected = detector.getDetectedCharset();
    if (detected == null) {
      return WINDOWS_1252;
    }
    return supported(detected)
        .orElseThrow(() -> new SourceException("unsupported text encoding " + detected));
  }

  /**
   * A Java charset for a label as found in HTTP headers and HTML, with the web's usual readings
   * (ISO-8859-1 and ASCII read as windows-1252, which is their superset); empty when unknown.
   */
  static Optional<Charset> supported(String label) {
    if (label == null || label.isBlank()) {
      return Optional.empty();
    }
    String l = label.strip().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT);
    switch (l) {
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "x-user-defined" -> {
        return Optional.of(WINDOWS_1252);
      }
      case "utf8" -> {
        return Optional.of(StandardCharsets.UTF_8);
      }
      default -> {
        try {
          return Optional.of(Charset.forName(l));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty();
        }
      }
    }
  }

  /** Whether the label names a UTF-16 or UTF-32 encoding (ignored without a BOM or NUL pattern). */
  private static boolean isWideLabel(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    return l.startsWith("utf-16") || l.startsWith("utf-32") || l.startsWith("utf16");
  }

  /** The charset a byte order mark announces, if any; refuses the unsupported UCS-4 orders. */
  static Optional<Charset> bomCharset(byte[] b) throws SourceException {
    if (starts(b, 0x00, 0x00, 0xfe, 0xff)) {
      return Optional.of(Charset.forName("UTF-32BE"));
    }
    if (starts(b, 0xff, 0xfe, 0x00, 0x00)) {
      return Optional.of(Charset.forName("UTF-32LE"));
    }
    if (starts(b, 0xfe, 0xff, 0x00, 0x00) || starts(b, 0x00, 0x00, 0xff, 0xfe)) {
      throw new SourceException("unsupported text encoding UCS-4 with unusual byte order");
    }
    if (starts(b, 0xef, 0xbb, 0xbf)) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (starts(b, 0xff, 0xfe)) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (starts(b, 0xfe, 0xff)) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static int bomLength(byte[] b, Charset charset) {
    String name = charset.name();
    if (name.equals("UTF-8") && starts(b, 0xef, 0xbb, 0xbf)) {
      return 3;
    }
    if ((name.equals("UTF-16LE") && starts(b, 0xff, 0xfe))
        || (name.equals("UTF-16BE") && starts(b, 0xfe, 0xff))) {
      return 2;
    }
    if ((name.equals("UTF-32LE") && starts(b, 0xff, 0xfe, 0x00, 0x00))
        || (name.equals("UTF-32BE") && starts(b, 0x00, 0x00, 0xfe, 0xff))) {
      return 4;
    }
    return 0;
  }

  /** ASCII-range text in UTF-16 without a BOM: NUL in nearly every other byte, on one side. */
  private static boolean looksLikeUtf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 8) {
      return false;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      evenZero += b[i] == 0 ? 1 : 0;
      oddZero += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    return (evenZero * 10 >= pairs * 7 && oddZero == 0)
        || (oddZero * 10 >= pairs * 7 && evenZero == 0);
  }

  private static Charset utf16Endianness(byte[] b) {
    return b[0] == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
  }

  private static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String decodeReplacing(ByteBuffer bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not report", e);
    }
  }

  /** Refuses text where more than a quarter of the visible characters are invalid or control. */
  private static void checkDecodable(String text, Charset charset) throws SourceException {
    int visible = 0;
    int bad = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t') {
        continue;
      }
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\uFFFD') {
        if (c != '\f' && c != '\u001b' && c != '\u000b') {
          bad++;
        }
      } else if (c >= '\u1680' && c <= '\u3000' && Character.isWhitespace(c)) {
        // outside U+1680..U+3000 no character above U+007F is whitespace: most text skips the
        // lookup
        continue;
      }
      visible++;
    }
    if (visible > 0 && bad * 4 > visible) {
      throw new SourceException(
          String.format(
              Locale.ROOT,
              "undecodable text: %d%% of the characters are invalid in %s",
              Math.round(100.0 * bad / visible),
              charset.name()));
    }
  }

  private static boolean starts(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
