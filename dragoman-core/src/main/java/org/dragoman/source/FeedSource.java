package org.dragoman.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Format;
import org.dragoman.model.GivenMetadata;
import org.dragoman.model.Origin;
import org.dragoman.model.RawDocument;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jsoup.Jsoup;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome: each item or entry is one document with the
 * feed's metadata (title, link, authors, date, site = feed title). Recognized by its root element.
 */
public final class FeedSource implements Source {
  private static final Pattern ROOT =
      Pattern.compile("<([A-Za-z_][\\w.\\-]*:)?([A-Za-z_][\\w.\\-]*)");
  private static final Pattern MARKUP =
      Pattern.compile("<[A-Za-z][A-Za-z0-9]*(\\s[^>]*)?/?>|&[a-z]+;");
  private static final Pattern EMAIL_AND_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
  private static final List<String> DATE_ELEMENTS =
      List.of("pubDate", "published", "date", "issued", "created", "updated", "modified");
  private static final Set<String> TEXT_TYPES = Set.of("text", "text/plain");

  @Override
  public String name() {
    return "feed";
  }

  @Override
  public boolean accepts(SourceInput input) {
    String start = HeadText.afterProlog(HeadText.of(input.head()), true);
    Matcher m = ROOT.matcher(start);
    if (!m.lookingAt()) {
      return false;
    }
    String prefix = m.group(1);
    String local = m.group(2);
    return (prefix == null && (local.equals("rss") || local.equals("feed"))) || local.equals("RDF");
  }

  @Override
  public void read(SourceInput input, DocumentSink sink) throws SourceException {
    byte[] bytes = input.bytes();
    Document xml = parse(bytes);
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(xml);
    } catch (FeedException | IllegalArgumentException e) {
      throw new SourceException("not a feed that can be read: " + SourceInput.oneLine(e), e);
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw new SourceException("feed without items");
    }
    List<Element> items = itemElements(xml.getRootElement());
    String site = siteName(blankToNull(plain(feed.getTitle())));
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      int n = i + 1;
      String rawDate = items.size() == entries.size() ? rawDate(items.get(i)) : null;
      try {
        sink.document(document(input.location(), n, entry, site, rawDate));
      } catch (SourceException e) {
        sink.error(input.location() + "#" + n, e.getMessage());
      }
    }
  }

  private static Document parse(byte[] bytes) throws SourceException {
    try (Reader reader = new XmlFixerReader(new XmlReader(new ByteArrayInputStream(bytes), true))) {
      return new SecureBuilderSource().builder().build(reader);
    } catch (JDOMException e) {
      throw new SourceException("invalid feed XML: " + SourceInput.oneLine(e), e);
    } catch (IOException | RuntimeException e) {
      throw new SourceException("unreadable feed: " + SourceInput.oneLine(e), e);
    }
  }

  private static RawDocument document(
      String location, int n, SyndEntry entry, String site, String rawDate) throws SourceException {
    SyndContent content = content(entry);
    if (content == null) {
      throw new SourceException("feed item without content");
    }
    String value = content.getValue().strip();
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    Format format =
        TEXT_TYPES.contains(type) || !MARKUP.matcher(value).find() ? Format.TEXT : Format.HTML;
    String url = link(entry);
    String published = PublishedDates.normalize(rawDate);
    if (published == null) {
      java.util.Date date =
          entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      published = date == null ? null : PublishedDates.ofInstant(date.toInstant());
    }
    String recordId =
        entry.getUri() != null && !entry.getUri().isBlank()
            ? entry.getUri().strip()
            : url != null ? url : String.valueOf(n);
    GivenMetadata given =
        new GivenMetadata(
            null, url, blankToNull(plain(entry.getTitle())), authors(entry), published, site);
    return new RawDocument(new Origin(location, recordId, null), format, value, given);
  }

  /** The full content (content:encoded, Atom content), else the description or summary. */
  private static SyndContent content(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        return c;
      }
    }
    SyndContent d = entry.getDescription();
    return d != null && d.getValue() != null && !d.getValue().isBlank() ? d : null;
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return entry.getLink().strip();
    }
    for (SyndLink l : entry.getLinks()) {
      if (l.getHref() != null && !l.getHref().isBlank()) {
        return l.getHref().strip();
      }
    }
    return null;
  }

  private static List<String> authors(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndPerson p : entry.getAuthors()) {
      String name = blankToNull(p.getName());
      if (name != null && !names.contains(name.strip())) {
        names.add(name.strip());
      }
    }
    if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      String author = entry.getAuthor().strip();
      Matcher m = EMAIL_AND_NAME.matcher(author);
      names.add(m.matches() ? m.group(1).strip() : author);
    }
    return names;
  }

  /** The item or entry elements in document order (RSS channel items, RDF items, Atom entries). */
  private static List<Element> itemElements(Element root) {
    List<Element> items = new ArrayList<>();
    collect(root, items, 0);
    return items;
  }

  private static void collect(Element e, List<Element> items, int depth) {
    for (Element child : e.getChildren()) {
      String name = child.getName();
      if (name.equals("item") || name.equals("entry")) {
        items.add(child);
      } else if (depth < 1 && name.equals("channel")) {
        collect(child, items, depth + 1);
      }
    }
  }

  /** The item's date as written, so its local date and time survive (Rome keeps only instants). */
  private static String rawDate(Element item) {
    for (String name : DATE_ELEMENTS) {
      for (Element child : item.getChildren()) {
        if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
          return child.getTextTrim();
        }
      }
    }
    return null;
  }

  private static String plain(String s) {
    if (s == null) {
      return null;
    }
    return s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * Rome's own XML parser settings: entities are never expanded nor external DTDs loaded, so a
   * DOCTYPE (as old RSS 0.91 feeds have) is harmless and allowed.
   */
  private static final class SecureBuilderSource extends WireFeedInput {
    SecureBuilderSource() {
      setAllowDoctypes(true);
    }

    org.jdom2.input.SAXBuilder builder() {
      return createSAXBuilder();
    }
  }

  /** Separators between a site's name and a section in a feed title: "Steppe Wire — Asia". */
  private static final Pattern SECTION_SEPARATOR = Pattern.compile("\\s+[—–|>-]\\s+");

  /** The site of a feed title: the name before a section ("BBC News - World" → "BBC News"). */
  static String siteName(String feedTitle) {
    if (feedTitle == null) {
      return null;
    }
    Matcher m = SECTION_SEPARATOR.matcher(feedTitle);
    return m.find() && m.start() > 0 ? feedTitle.substring(0, m.start()).strip() : feedTitle;
  }
}
