package org.dragoman.record.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
  private static final Gazetteer G = Gazetteer.standard();

  @Test
  void loadedOnce() {
    assertThat(Gazetteer.standard()).isSameAs(G);
  }

  @Test
  void everyStateIsListed() throws Exception {
    List<String> rows = dataRows("countries.tsv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(195);
    for (String row : rows) {
      assertThat(row.split("\t", -1)).as(row).hasSize(6);
    }
    for (String state : List.of("Kosovo", "Taiwan", "Palestine", "Uzbekistan", "Tuvalu")) {
      assertThat(G.find(state, false).kind()).isEqualTo(NameKind.COUNTRY);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "countries.tsv",
        "organizations.tsv",
        "regions.tsv",
        "roles.tsv",
        "given-names.txt"
      })
  void everyFileSaysWhatItsColumnsAre(String file) throws Exception {
    try (var in = Gazetteer.class.getResourceAsStream(file)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("#").contains("Columns");
    }
  }

  @Test
  void capitalsSeatsAndDemonymsPointToTheirState() {
    assertThat(G.find("Moscow", false)).isEqualTo(entry("Russia", NameKind.CAPITAL));
    assertThat(G.find("Kremlin", false)).isEqualTo(entry("Russia", NameKind.SEAT));
    assertThat(G.find("Downing Street", false)).isEqualTo(entry("United Kingdom", NameKind.SEAT));
    assertThat(G.find("Zhongnanhai", false).referent()).isEqualTo("China");
    assertThat(G.find("Uzbek", false)).isEqualTo(entry("Uzbekistan", NameKind.DEMONYM));
    assertThat(G.find("U.S.", false)).isEqualTo(entry("United States", NameKind.COUNTRY));
    assertThat(G.find("America", false).referent()).isEqualTo("United States");
  }

  @Test
  void organizationsRegionsAndMedia() {
    for (String acronym :
        List.of(
            "UN", "NATO", "EU", "CSTO", "SCO", "OSCE", "CIS", "EAEU", "OPEC", "IMF", "WTO",
            "ASEAN")) {
      assertThat(G.find(acronym, false).kind()).as(acronym).isEqualTo(NameKind.ORGANIZATION);
    }
    assertThat(G.find("African Union", false).kind()).isEqualTo(NameKind.ORGANIZATION);
    assertThat(G.find("Arab League", false).kind()).isEqualTo(NameKind.ORGANIZATION);
    assertThat(G.find("NATO", false).heads()).contains("Alliance");
    assertThat(G.find("Central Asia", false).kind()).isEqualTo(NameKind.REGION);
    assertThat(G.find("Central Asian", false).kind()).isEqualTo(NameKind.REGION_ADJECTIVE);
    assertThat(G.find("Itar-Tass", false).kind()).isEqualTo(NameKind.MEDIA);
    assertThat(G.find("TASS", false).referent()).isEqualTo("Itar-Tass");
    assertThat(G.find("Brookings", false).referent()).isEqualTo("Brookings Institution");
  }

  @Test
  void someSpellingsOnlyCountAfterTheArticle() {
    assertThat(G.find("West", false)).isNull();
    assertThat(G.find("West", true).referent()).isEqualTo("the West");
    assertThat(G.find("Caucasus", false).referent()).isEqualTo("the Caucasus");
  }

  @Test
  void givenNames() {
    assertThat(G.givenName("Vladimir")).isTrue();
    assertThat(G.givenName("Moscow")).isFalse();
  }

  @Test
  void roleWordsWithPlurals() {
    RoleLexicon r = G.roles();
    assertThat(r.head("Presidents")).isEqualTo("president");
    assertThat(r.head("Secretaries")).isEqualTo("secretary");
    assertThat(r.head("spokesmen")).isEqualTo("spokesman");
    assertThat(r.isPluralHead("Ministers")).isTrue();
    assertThat(r.isPluralHead("Minister")).isFalse();
    assertThat(r.isModifier("Foreign")).isTrue();
    assertThat(r.isHead("Foreign")).isFalse();
  }

  private static GazetteerEntry entry(String referent, NameKind kind) {
    return new GazetteerEntry(referent, kind, false, java.util.Set.of());
  }

  private static List<String> dataRows(String file) throws Exception {
    try (var r =
        new BufferedReader(
            new InputStreamReader(
                Gazetteer.class.getResourceAsStream(file), StandardCharsets.UTF_8))) {
      List<String> rows = r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      return rows.subList(1, rows.size());
    }
  }
}
