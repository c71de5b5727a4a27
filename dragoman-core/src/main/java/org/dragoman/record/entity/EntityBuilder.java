package org.dragoman.record.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.lexicon.Gender;
import org.dragoman.lexicon.GenderLexicon;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Block;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;

/**
 * Resolves the names of one document into entities: a surname joins the full name it shortens, an
 * acronym joins what it abbreviates, "the Alliance" joins the organization it re-mentions, and
 * titles are given out ("his counterpart" takes the other minister's title; a title written without
 * a name goes to the next untitled person of its paragraph). Then names the entities: canonical
 * name, aliases, roles, mentions, ids in order of first mention.
 */
final class EntityBuilder {
  /** Last words that make a longer name the full form of its first words ("X Foundation"). */
  private static final Set<String> ORGANIZATION_TAILS =
      Set.of(
          "Foundation",
          "Institute",
          "Institution",
          "Corporation",
          "Corp.",
          "Company",
          "Co.",
          "Inc.",
          "Ltd.",
          "Group",
          "Agency",
          "Center",
          "Centre",
          "Endowment",
          "Council",
          "Party",
          "Bank",
          "Fund",
          "Society",
          "Association",
          "Organization",
          "Organisation",
          "Network",
          "News",
          "Daily",
          "Service",
          "Club",
          "Trust",
          "Movement",
          "Front",
          "Union",
          "Press");

  /** Last words that tell a son from his father: "Jr.", "III". */
  private static final Set<String> GENERATIONS =
      Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

  private final Gazetteer gazetteer;

  EntityBuilder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Entity> build(
      AnnotatedText at,
      List<Block> blocks,
      List<Name> all,
      RoleFinder.Found found,
      CitedSources cited) {
    List<Name> names = new ArrayList<>();
    for (Name n : all) {
      if (!n.dropped) {
        names.add(n);
      }
    }
    groupPeople(at, names, found.roles());
    keyOrganizations(names);
    for (Name n : names) {
      if (n.key == null) {
        n.key = Keys.of(n.type, n.text);
      }
    }
    joinShoutedNames(names);
    Map<String, String> merged = mergeOrganizations(names);
    resolveDescriptions(names, merged);
    names.removeIf(n -> n.key == null);
    for (Name n : names) {
      n.key = follow(merged, n.key);
    }
    Map<String, LinkedHashSet<String>> roles = roles(at, blocks, names, found);
    return assemble(names, roles, cited);
  }

  /**
   * "ALMATY —" in a dateline: a name written in capitals joins the entity of the same name in its
   * usual capitalization when the document has one (a place first, whatever the tagger said).
   */
  private static void joinShoutedNames(List<Name> names) {
    Set<String> usualKeys = new java.util.HashSet<>();
    for (Name n : names) {
      if (!Words.shouting(n.text)) {
        usualKeys.add(n.key);
      }
    }
    for (Name n : names) {
      if (!Words.shouting(n.text) || n.entry != null || n.acronymOf != null) {
        continue;
      }
      String usual = Words.titleCase(n.text);
      for (EntityType type : List.of(EntityType.LOCATION, n.type)) {
        String key = Keys.of(type, usual);
        if (usualKeys.contains(key)) {
          n.key = key;
          n.type = type;
          break;
        }
      }
    }
  }

  /**
   * Full names first; a shorter name joins the full name it shortens, never one whose given name
   * tells the other gender than its honorific ("Mrs. Clinton" stays off "Bill Clinton"). Among
   * several such full names, a titled short name ("President Clinton") joins the one holding that
   * title, else one holding no other title; then the one whose same words were written last.
   */
  private void groupPeople(AnnotatedText at, List<Name> names, Map<Name, List<String>> roles) {
    List<Name> people = new ArrayList<>();
    for (Name n : names) {
      if (n.type == EntityType.PERSON) {
        people.add(n);
      }
    }
    List<Name> bySize = new ArrayList<>(people);
    bySize.sort(
        Comparator.comparingInt((Name n) -> -words(n.text).length).thenComparingInt(n -> n.start));
    Map<String, List<Name>> groups = new LinkedHashMap<>();
    for (Name n : bySize) {
      String key = containingGroup(groups, n, honorificGender(at, n), roles);
      if (key == null) {
        key = Keys.of(EntityType.PERSON, n.text);
      }
      n.key = key;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
    }
    for (Name n : names) {
      if (n.type != EntityType.PERSON && !n.typeSettled && n.entry == null && n.length() == 1) {
        String key = containingGroup(groups, n, honorificGender(at, n), roles);
        if (key != null) {
          n.type = EntityType.PERSON;
          n.key = key;
          groups.get(key).add(n);
        }
      }
    }
  }

  /** The gender the honorific before the name tells ("Mrs.", "Mr"), or null when none does. */
  private static Gender honorificGender(AnnotatedText at, Name n) {
    if (n.firstToken <= 0 || n.firstToken > at.tokens().size()) {
      return null;
    }
    return GenderLexicon.bundled().ofHonorific(at.tokens().get(n.firstToken - 1).word());
  }

  private String containingGroup(
      Map<String, List<Name>> groups, Name n, Gender gender, Map<Name, List<String>> roles) {
    String[] w = words(n.text);
    List<String> candidates = new ArrayList<>();
    for (var g : groups.entrySet()) {
      String[] full = words(Keys.name(g.getKey()));
      if (full.length <= w.length || !(containsRun(full, w) || withoutMiddleNames(full, w))) {
        continue;
      }
      if (w.length >= 2
          && GENERATIONS.contains(full[full.length - 1])
          && !Arrays.asList(w).contains(full[full.length - 1])) {
        continue; // "Donald Trump" is not "Donald Trump Jr."
      }
      Gender given = GenderLexicon.bundled().ofGivenName(full[0]);
      if (gender != null && given != null && given != gender) {
        continue;
      }
      candidates.add(g.getKey());
    }
    if (candidates.size() > 1) {
      candidates = byTitle(candidates, groups, titleHeads(roles.get(n)), roles);
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String key : candidates) {
      List<Name> members = groups.get(key);
      List<Name> same = new ArrayList<>();
      for (Name m : members) {
        String[] mw = words(m.text);
        if (containsRun(mw, w) || withoutMiddleNames(mw, w)) {
          same.add(m); // "Hillary" alone says nothing about which Clinton "Clinton" is
        }
      }
      for (Name m : same.isEmpty() ? members : same) {
        int d = m.start <= n.start ? n.start - m.start : Integer.MAX_VALUE / 2 + m.start - n.start;
        if (d < bestDistance) {
          bestDistance = d;
          best = key;
        }
      }
    }
    return best;
  }

  /**
   * Of several people a titled short name may stand for, those holding its title ("President
   * Clinton": the Clinton called president), else those holding no other title, else all.
   */
  private List<String> byTitle(
      List<String> candidates,
      Map<String, List<Name>> groups,
      Set<String> titles,
      Map<Name, List<String>> roles) {
    if (titles.isEmpty()) {
      return candidates;
    }
    List<String> holders = new ArrayList<>();
    List<String> untitled = new ArrayList<>();
    for (String key : candidates) {
      Set<String> held = new java.util.HashSet<>();
      for (Name m : groups.get(key)) {
        held.addAll(titleHeads(roles.get(m)));
      }
      if (held.stream().anyMatch(titles::contains)) {
        holders.add(key);
      } else if (held.isEmpty()) {
        untitled.add(key);
      }
    }
    return !holders.isEmpty() ? holders : !untitled.isEmpty() ? untitled : candidates;
  }

  /** The head words of titles ("Former Secretary of State" → "secretary"). */
  private Set<String> titleHeads(List<String> titles) {
    Set<String> out = new java.util.HashSet<>();
    if (titles == null) {
      return out;
    }
    for (String t : titles) {
      for (String word : words(t)) {
        String head = gazetteer.roles().head(word);
        if (head != null && !head.equals("counterpart")) {
          out.add(head);
        }
      }
    }
    return out;
  }

  /** "George Bush" of "George W. Bush", "Hillary Clinton" of "Hillary Rodham Clinton". */
  private static boolean withoutMiddleNames(String[] full, String[] part) {
    if (part.length < 2
        || !full[0].equals(part[0])
        || !full[full.length - 1].equals(part[part.length - 1])) {
      return false;
    }
    int i = 1;
    for (int j = 1; j < part.length - 1; j++) {
      while (i < full.length - 1 && !full[i].equals(part[j])) {
        i++;
      }
      if (i >= full.length - 1) {
        return false;
      }
      i++;
    }
    return true;
  }

  private static boolean containsRun(String[] full, String[] part) {
    for (int i = 0; i + part.length <= full.length; i++) {
      if (Arrays.equals(full, i, i + part.length, part, 0, part.length)) {
        return true;
      }
    }
    return false;
  }

  private static String[] words(String s) {
    return s.strip().split("\\s+");
  }

  private static void keyOrganizations(List<Name> names) {
    for (Name n : names) {
      if (n.key == null
          && n.type == EntityType.ORGANIZATION
          && n.acronymOf == null
          && n.origin != Name.Origin.DESCRIPTION) {
        n.key = Keys.organization(n.text);
      }
    }
    for (Name n : names) {
      if (n.acronymOf != null && n.acronymOf.key != null) {
        n.key = n.acronymOf.key;
      }
    }
  }

  /**
   * Organization keys that name the same thing: an acronym that abbreviates another name of the
   * document, and a short form of a longer name ("Jamestown" of "Jamestown Foundation").
   */
  private static Map<String, String> mergeOrganizations(List<Name> names) {
    Map<String, String> merged = new HashMap<>();
    Map<String, List<String>> spellings = new LinkedHashMap<>();
    for (Name n : names) {
      if (n.type == EntityType.ORGANIZATION
          && n.key != null
          && n.origin != Name.Origin.DESCRIPTION) {
        spellings.computeIfAbsent(n.key, k -> new ArrayList<>()).add(n.text);
      }
    }
    for (Name n : names) {
      if (n.type != EntityType.ORGANIZATION
          || n.key == null
          || n.entry != null
          || n.origin == Name.Origin.DESCRIPTION) {
        continue;
      }
      for (var other : spellings.entrySet()) {
        if (other.getKey().equals(n.key)) {
          continue;
        }
        for (String s : other.getValue()) {
          if ((Words.acronym(n.text) && Words.abbreviates(n.text, s))
              || shortFormOf(n.text, s)
              || lastWordsOf(n.text, s)) {
            merged.putIfAbsent(n.key, other.getKey());
          }
        }
      }
    }
    return merged;
  }

  private static boolean shortFormOf(String shorter, String longer) {
    if (!longer.startsWith(shorter + " ")) {
      return false;
    }
    String[] w = words(longer);
    return ORGANIZATION_TAILS.contains(w[w.length - 1]);
  }

  /** "the Post" of "Washington Post", "Journal" of "Wall Street Journal". */
  private static boolean lastWordsOf(String shorter, String longer) {
    return longer.endsWith(" " + shorter)
        && Words.capitalized(shorter)
        && words(longer).length >= 2
        && !Words.acronym(shorter);
  }

  private static String follow(Map<String, String> merged, String key) {
    String k = key;
    for (int guard = 0; guard < 10 && merged.containsKey(k); guard++) {
      k = merged.get(k);
    }
    return k;
  }

  /**
   * "the Alliance": the nearest earlier organization whose name or known heads contain it; "the
   * Russian company": the nearest earlier organization named like a company.
   */
  private void resolveDescriptions(List<Name> names, Map<String, String> merged) {
    for (int i = 0; i < names.size(); i++) {
      Name d = names.get(i);
      if (d.origin != Name.Origin.DESCRIPTION) {
        continue;
      }
      String[] dw = words(d.text);
      String head = dw[dw.length - 1];
      boolean company = NameFinder.COMPANY_DESCRIPTIONS.contains(head) && dw.length == 3;
      d.key = null;
      for (int j = i - 1; j >= 0; j--) {
        Name o = names.get(j);
        if (o.type != EntityType.ORGANIZATION || o.origin == Name.Origin.DESCRIPTION) {
          continue;
        }
        if (company) {
          boolean shaped = o.entry == null && OrganizationShape.organization(o.text);
          boolean listed =
              o.entry != null
                  && o.entry.kind() == NameKind.ORGANIZATION
                  && OrganizationShape.companyWord(o.text);
          if (shaped || listed) {
            d.key = follow(merged, o.key);
            break;
          }
          continue;
        }
        boolean lower = !Words.capitalized(head);
        boolean heads =
            o.entry != null
                && o.entry.heads().stream()
                    .anyMatch(h -> lower ? h.equalsIgnoreCase(head) : h.equals(head));
        boolean named = !lower && Arrays.asList(words(o.text)).contains(head);
        if (heads || named) {
          d.key = follow(merged, o.key);
          break;
        }
      }
    }
  }

  /** Titles per entity key, with counterparts and unnamed titles given out. */
  private Map<String, LinkedHashSet<String>> roles(
      AnnotatedText at, List<Block> blocks, List<Name> names, RoleFinder.Found found) {
    Map<String, LinkedHashSet<String>> roles = new LinkedHashMap<>();
    for (Name n : names) {
      List<String> r = found.roles().get(n);
      if (r != null && n.type == EntityType.PERSON) {
        roles.computeIfAbsent(n.key, k -> new LinkedHashSet<>()).addAll(r);
      }
    }
    for (Name n : names) {
      List<String> r = found.roles().get(n);
      if (r == null || n.type != EntityType.PERSON) {
        continue;
      }
      for (String role : r) {
        if (Arrays.stream(words(role))
            .anyMatch(w -> "counterpart".equals(gazetteer.roles().head(w)))) {
          String other = previousTitledPerson(at, names, n, roles);
          if (other != null) {
            for (String o : roles.get(other)) {
              if (!o.toLowerCase(Locale.ROOT).endsWith("counterpart")) {
                roles.get(n.key).add(o);
                break;
              }
            }
          }
        }
      }
    }
    for (RoleFinder.Unattached u : found.unattached()) {
      int paragraph = paragraphAt(blocks, u.offset());
      for (Name n : names) {
        if (n.type == EntityType.PERSON
            && n.start > u.offset()
            && paragraphAt(blocks, n.start) == paragraph
            && !roles.containsKey(n.key)) {
          roles.computeIfAbsent(n.key, k -> new LinkedHashSet<>()).add(u.role());
          break;
        }
      }
    }
    for (RoleFinder.Unattached d : found.described()) {
      Name holder = describedPerson(at, blocks, names, d.offset());
      if (holder != null) {
        roles.computeIfAbsent(holder.key, k -> new LinkedHashSet<>()).add(d.role());
      }
    }
    return roles;
  }

  /**
   * The person a definite description at {@code offset} refers back to ("the Vermont senator"): the
   * last person named as a subject before it in its paragraph or the one before, else the last
   * person named there; null when none.
   */
  private static Name describedPerson(
      AnnotatedText at, List<Block> blocks, List<Name> names, int offset) {
    int paragraph = paragraphAt(blocks, offset);
    Name subject = null;
    Name last = null;
    for (Name n : names) {
      if (n.start >= offset) {
        break;
      }
      int p = paragraphAt(blocks, n.start);
      if (n.type != EntityType.PERSON || p < paragraph - 1 || p > paragraph) {
        continue;
      }
      last = n;
      if (n.endToken < at.tokens().size()) {
        String next = PennTags.of(at.tokens().get(n.endToken));
        if (PennTags.isVerb(next)) {
          subject = n;
        }
      }
    }
    return subject != null ? subject : last;
  }

  /** The nearest person before n, within two sentences, who is another titled entity. */
  private static String previousTitledPerson(
      AnnotatedText at, List<Name> names, Name n, Map<String, LinkedHashSet<String>> roles) {
    int sentence = at.sentenceIndexAt(n.start);
    Name best = null;
    for (Name m : names) {
      if (m.start >= n.start) {
        break;
      }
      if (m.type == EntityType.PERSON
          && !m.key.equals(n.key)
          && roles.containsKey(m.key)
          && sentence - at.sentenceIndexAt(m.start) <= 2) {
        best = m;
      }
    }
    return best == null ? null : best.key;
  }

  private static int paragraphAt(List<Block> blocks, int offset) {
    for (int i = 0; i < blocks.size(); i++) {
      if (offset >= blocks.get(i).start() && offset < blocks.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private List<Entity> assemble(
      List<Name> names, Map<String, LinkedHashSet<String>> roles, CitedSources cited) {
    Map<String, List<Name>> byKey = new LinkedHashMap<>();
    for (Name n : names) {
      byKey.computeIfAbsent(n.key, k -> new ArrayList<>()).add(n);
    }
    for (String key : cited.names().keySet()) {
      byKey.computeIfAbsent(key, k -> new ArrayList<>());
    }
    List<Map.Entry<String, List<Name>>> order = new ArrayList<>(byKey.entrySet());
    order.sort(
        Comparator.comparingInt(
                (Map.Entry<String, List<Name>> e) ->
                    e.getValue().isEmpty()
                        ? cited.firstOffset(e.getKey())
                        : e.getValue().get(0).start)
            .thenComparing(Map.Entry::getKey));
    List<Entity> out = new ArrayList<>();
    for (var e : order) {
      String key = e.getKey();
      List<Name> group = e.getValue();
      String canonical = canonical(key, group, cited.names().get(key));
      LinkedHashSet<String> aliases = new LinkedHashSet<>();
      List<Mention> mentions = new ArrayList<>();
      for (Name n : group) {
        mentions.add(n.mention());
        boolean demonym = n.entry != null && n.entry.kind() == NameKind.DEMONYM;
        String alias =
            (n.entry != null || n.origin == Name.Origin.DESCRIPTION) && n.text.startsWith("The ")
                ? "the" + n.text.substring(3)
                : n.text;
        boolean shoutedAgain =
            Words.shouting(alias)
                && group.stream()
                    .anyMatch(o -> !Words.shouting(o.text) && o.text.equalsIgnoreCase(alias));
        if (!demonym && !shoutedAgain && !alias.equalsIgnoreCase(canonical)) {
          aliases.add(alias);
        }
      }
      List<String> titles = new ArrayList<>(roles.getOrDefault(key, new LinkedHashSet<>()));
      out.add(
          new Entity(
              "e" + (out.size() + 1),
              canonical,
              Keys.type(key),
              new ArrayList<>(aliases),
              titles,
              mentions));
    }
    return out;
  }

  /**
   * The fullest proper name used: the longest spelling (a state named only through its capital
   * takes its own name; a cited source its cited name when that is longer).
   */
  private String canonical(String key, List<Name> group, String citedName) {
    String best = null;
    for (Name n : group) {
      boolean usable =
          !n.metonym
              && n.origin != Name.Origin.DESCRIPTION
              && !(n.entry != null && n.entry.kind() == NameKind.DEMONYM);
      if (!usable) {
        continue;
      }
      if (n.entry != null
          && n.entry.referent().equalsIgnoreCase(n.text)
          && Keys.type(key) == EntityType.LOCATION) {
        return n.entry.referent();
      }
      String text = n.text;
      if (n.entry != null && Words.shouting(text) && gazetteer.find(text, true) == null) {
        text = Words.titleCase(text);
      }
      if (best == null || longer(text, best) || Words.titleCase(best).equals(text)) {
        best = text;
      }
    }
    if (citedName != null && (best == null || longer(citedName, best))) {
      best = citedName;
    }
    return best != null ? best : Keys.name(key);
  }

  private static boolean longer(String a, String b) {
    int wa = words(a).length;
    int wb = words(b).length;
    return wa != wb ? wa > wb : a.length() > b.length();
  }
}
