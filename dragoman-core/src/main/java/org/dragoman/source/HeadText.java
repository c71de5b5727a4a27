package org.dragoman.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The leading bytes of an input as characters, good enough to sniff markup (not to read text). */
final class HeadText {
  private HeadText() {}

  /** Decoded by its byte order mark, else as ISO-8859-1 (which keeps every ASCII tag intact). */
  static String of(byte[] head) {
    Optional<Charset> bom;
    try {
      bom = TextDecoder.bomCharset(head);
    } catch (SourceException e) {
      return "";
    }
    String s = new String(head, bom.orElse(StandardCharsets.ISO_8859_1));
    // a UTF-8 byte order mark read as ISO-8859-1, or a decoded U+FEFF
    return s.replaceFirst("^(\u00ef\u00bb\u00bf|\ufeff)", "");
  }

  /** The text after leading whitespace, XML declarations, processing instructions and comments. */
  static String afterProlog(String s, boolean skipDoctype) {
    int i = 0;
    while (true) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int end;
      if (s.startsWith("<?", i)) {
        end = s.indexOf("?>", i);
        end = end < 0 ? -1 : end + 2;
      } else if (s.startsWith("<!--", i)) {
        end = s.indexOf("-->", i);
        end = end < 0 ? -1 : end + 3;
      } else if (skipDoctype && s.regionMatches(true, i, "<!doctype", 0, 9)) {
        int gt = s.indexOf('>', i);
        int bracket = s.indexOf('[', i);
        if (bracket >= 0 && (gt < 0 || bracket < gt)) { // an internal subset: <!DOCTYPE x [ ... ]>
          int close = s.indexOf(']', bracket);
          gt = close < 0 ? -1 : s.indexOf('>', close);
        }
        end = gt < 0 ? -1 : gt + 1;
      } else {
        return s.substring(i);
      }
      if (end < 0) {
        return "";
      }
      i = end;
    }
  }
}
