package org.dragoman.structure.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes the text around an article that is not part of it: subscribe boxes, share bars, terms
 * and reproduction notices, cookie banners, navigation crumbs and links, "Related posts", comment
 * section headers, author-bio markers. Stateless.
 */
public final class Boilerplate {
  private static final Pattern ENDS_ARTICLE =
      Pattern.compile(
          "(?i)^(?:this (?:post|article|entry|story) was (?:written|contributed|posted) by\\b.*"
              + "|about the authors?\\b.*"
              + "|[-–—•]?\\s*author of \\d[\\d,]* (?:posts|articles|entries|stories)\\b.*"
              + "|(?:view|see|read) (?:all|more) (?:posts|articles|stories) by\\b.*"
              + "|related (?:posts|articles|stories|content|reading|items)\\b.*"
              + "|(?:you (?:may|might) also (?:like|enjoy)|more (?:from|stories|articles|posts)\\b|read next|recommended for you|popular posts|most (?:read|popular))\\b.*"
              + "|[«‹<]?\\s*(?:previous|next|older|newer) (?:post|article|story|entry)\\b.*"
              + "|(?:\\d+|no|one|two|three|four|five) (?:comments?|responses?|replies|thoughts|reactions)\\b.{0,80}"
              + "|comments?\\s*(?:\\(\\d+\\))?\\s*:?"
              + "|(?:leave|post|add|write) (?:a|your) (?:comment|reply|response)\\b.*"
              + "|join the (?:discussion|conversation)\\b.*|discussion|reader comments?)$");
  private static final Pattern NOTICE =
      Pattern.compile(
          "(?i)\\bterms (?:of|and conditions of) (?:use|service)\\b|\\bprivacy policy\\b|\\ball rights reserved\\b"
              + "|\\breproduc(?:e|ing|tion)\\b.{0,40}\\b(?:article|post|material|content)\\b"
              + "|\\bmay not be (?:reproduced|republished|copied)\\b|^(?:©|\\(c\\)\\s|copyright\\s*(?:©|\\(c\\)|\\d{4}))");
  private static final Pattern SUBSCRIBE =
      Pattern.compile(
          "(?i)^(?:subscribe|sign up|join (?:our|the) (?:mailing list|newsletter)|get (?:our|the) newsletter"
              + "|enter your e-?mail|follow us|get (?:email |e-mail )?updates|never miss)\\b"
              + "|\\bsubscribe (?:to|for)\\b.{0,60}\\b(?:updates|newsletter|feed|posts|emails?|alerts)\\b");
  private static final Pattern COOKIE =
      Pattern.compile(
          "(?i)\\bcookies?\\b.{0,120}\\b(?:use|uses|accept|consent|policy|settings|agree)\\b"
              + "|\\b(?:use|uses|accept|consent)\\b.{0,60}\\bcookies?\\b");
  private static final Pattern NAVIGATION =
      Pattern.compile(
          "(?i)^(?:[«‹<]\\s*)?(?:previous|next|older|newer)(?: (?:posts?|articles?|stor(?:y|ies)|entr(?:y|ies)|page))?\\s*[:»›>]?"
              + "|(?:back to top|skip to (?:main )?content|main menu|menu|search|home|print|permalink|read more"
              + "|continue reading|reply|cancel reply|click here\\b.*|you are here:.*|advertisement|sponsored"
              + "|notify me of .*|(?:name|e-?mail|website)\\s*\\*?|submit(?: comment)?|post comment)\\W*$");
  private static final Pattern TAGS =
      Pattern.compile(
          "(?i)^(?:tags?|tagged|filed under|categor(?:y|ies)|posted in|topics?|keywords)\\s*:");
  private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s[»›>/|]\\s|\\s?[»›]\\s?");
  private static final Set<String> SHARE_WORDS =
      Set.of(
          "share",
          "this",
          "article",
          "post",
          "story",
          "page",
          "tweet",
          "twitter",
          "facebook",
          "email",
          "e",
          "mail",
          "print",
          "linkedin",
          "reddit",
          "whatsapp",
          "telegram",
          "pinterest",
          "pin",
          "it",
          "like",
          "on",
          "via",
          "copy",
          "link",
          "save",
          "pocket",
          "flipboard",
          "x",
          "vk",
          "google",
          "tumblr",
          "messenger",
          "sms",
          "more",
          "bluesky",
          "mastodon",
          "threads");
  private static final Set<String> SHARE_KEYS =
      Set.of(
          "share",
          "tweet",
          "twitter",
          "facebook",
          "email",
          "linkedin",
          "whatsapp",
          "reddit",
          "pinterest",
          "telegram",
          "print");

  /** Whether {@code paragraph} marks the end of the article: a bio, related links, comments. */
  public boolean endsArticle(String paragraph) {
    String s = paragraph.strip();
    return s.length() <= 200 && words(s) <= 20 && ENDS_ARTICLE.matcher(s).matches();
  }

  /** Whether {@code paragraph} is page furniture rather than article text. */
  public boolean isBoilerplate(String paragraph) {
    String s = paragraph.strip();
    if (s.isEmpty()) {
      return true;
    }
    int words = words(s);
    int chars = s.length();
    return endsArticle(s)
        || words <= 40 && chars <= 400 && NOTICE.matcher(s).find()
        || words <= 30 && chars <= 300 && SUBSCRIBE.matcher(s).find()
        || words <= 80 && chars <= 800 && COOKIE.matcher(s).find()
        || words <= 12 && chars <= 120 && NAVIGATION.matcher(s).matches()
        || words <= 40 && chars <= 400 && TAGS.matcher(s).find()
        || chars <= 300 && isShareBar(s)
        || chars <= 200 && isCrumb(s);
  }

  /** A line of only sharing words: "Share this: Tweet · Facebook · Email". */
  public boolean isShareBar(String s) {
    String[] tokens = s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    boolean key = false;
    int n = 0;
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      if (!SHARE_WORDS.contains(t)) {
        return false;
      }
      key |= SHARE_KEYS.contains(t);
      n++;
    }
    return key && n <= 20;
  }

  /** A navigation crumb: "Home » World » Asia", "News / Europe / Russia". */
  public boolean isCrumb(String s) {
    if (s.startsWith(">") || words(s) > 15) {
      return false;
    }
    String[] parts = CRUMB_SEPARATOR.split(s);
    if (parts.length < 3 && !(parts.length == 2 && parts[0].strip().equalsIgnoreCase("home"))) {
      return false;
    }
    for (String p : parts) {
      if (p.isBlank() || words(p) > 4 || p.strip().matches(".*[.!?]$")) {
        return false;
      }
    }
    return true;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
