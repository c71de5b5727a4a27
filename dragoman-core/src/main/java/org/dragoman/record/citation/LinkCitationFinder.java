package org.dragoman.record.citation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.DateMention;
import org.dragoman.model.Link;
import org.dragoman.model.Token;

/**
 * Every hyperlink of the body: the anchor as written, the URL, and as source the organization the
 * anchor names ("Reuters reported"), else the link's host without "www." ("kommersant.ru"). Never
 * fetches anything.
 */
final class LinkCitationFinder implements CitationFinder {

  @Override
  public List<Citation> find(CitationContext context) {
    String text = context.text();
    List<Citation> found = new ArrayList<>();
    for (Link link : context.page().links()) {
      if (link.url() == null || link.url().isBlank()) {
        continue;
      }
      int start = Math.max(0, Math.min(link.start(), text.length()));
      int end = Math.max(start, Math.min(link.end(), text.length()));
      String source = organizationIn(context, start, end);
      if (source == null) {
        source = host(link.url());
      }
      DateMention date = context.dateIn(start, end);
      found.add(
          new Citation(
              null,
              text.substring(start, end),
              start,
              end,
              source,
              date == null ? null : date.value(),
              CitationKind.LINK,
              link.url().strip()));
    }
    return found;
  }

  /** The first organization or news medium named in the anchor, or null. */
  private static String organizationIn(CitationContext context, int start, int end) {
    List<Token> tokens = context.annotated().tokens();
    int from = context.annotated().tokenIndexAt(start);
    for (int i = from; i < tokens.size() && tokens.get(i).end() <= end; i++) {
      NameRun name = NameRun.forward(tokens, i, tokens.size());
      if (name == null || name.stop() > end) {
        continue;
      }
      String n = SourceNames.clean(name.text(context.text()));
      if (name.allTagged(tokens, "ORGANIZATION") || context.media().isMedia(n)) {
        return context.names().canonical(n);
      }
      i = name.end() - 1;
    }
    return null;
  }

  /** "https://www.kommersant.ru/doc/1" → "kommersant.ru"; an unreadable URL as written. */
  static String host(String url) {
    String u = url.strip();
    try {
      URI uri = new URI(u.contains("://") ? u : "http://" + u);
      String host = uri.getHost();
      if (host != null && !host.isBlank()) {
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
      }
    } catch (URISyntaxException e) {
      // fall through: the URL as written is the best name we have
    }
    return u;
  }
}
