package org.dragoman.record.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.Link;
import org.dragoman.model.Page;
import org.dragoman.model.Publication;
import org.dragoman.record.RecordFixtures;
import org.junit.jupiter.api.Test;

class NewsCitationExtractorTest extends CitationExtractorContractTest {
  private final NewsCitationExtractor extractor = new NewsCitationExtractor();

  @Override
  protected CitationExtractor extractor() {
    return extractor;
  }

  private List<Citation> cite(String text, String published) {
    return extract(RecordFixtures.page(text, published));
  }

  private List<Citation> cite(String text, Publication publication, String site) {
    return extract(
        RecordFixtures.page(text, "2010-05-20", publication, site, List.of(), List.of()));
  }

  @Test
  void aParentheticalListGivesOneAttributionPerItem() {
    String text =
        "The minister promised reforms (Danube Television First Channel, May 3; Itar-Tass, May 4).";
    assertThat(cite(text, "2010-05-05"))
        .extracting(Citation::text, Citation::source, Citation::date, Citation::kind)
        .containsExactly(
            tuple(
                "Danube Television First Channel, May 3",
                "Danube Television First Channel",
                "2010-05-03",
                CitationKind.ATTRIBUTION),
            tuple("Itar-Tass, May 4", "Itar-Tass", "2010-05-04", CitationKind.ATTRIBUTION));
  }

  @Test
  void undatedAgenciesAndYearDatedItems() {
    assertThat(cite("Prices rose again (AP). Output fell (Interfax, 2009).", "2010-01-04"))
        .extracting(Citation::source, Citation::date)
        .containsExactly(tuple("AP", null), tuple("Interfax", "2009"));
  }

  @Test
  void aSourceWithADateThatCannotBePlacedIsStillCited() {
    assertThat(cite("Prices rose (Reuters, March 3).", null))
        .extracting(Citation::source, Citation::date)
        .containsExactly(tuple("Reuters", null));
  }

  @Test
  void acronymDefinitionsAndOtherAsidesAreNotCitations() {
    String text =
        "The Collective Defense Council (CDC) met. The Associated Press (AP) was there. It was"
            + " founded (in 1999) and met again (October 21). Its chairman (a lawyer) spoke"
            + " (twice).";
    assertThat(cite(text, "2010-10-25")).isEmpty();
  }

  @Test
  void crossReferencesResolveTheDocumentsOwnPublication() {
    String text =
        "Ties had frayed (see EDR, October 25). Trade grew (see also Eastern Daily Review, October"
            + " 2). The same was true earlier (cf. The Moscow Times, September 30).";
    List<Citation> c = cite(text, new Publication("Eastern Daily Review", 2, 199), null);
    assertThat(c)
        .extracting(Citation::text, Citation::source, Citation::date, Citation::kind)
        .containsExactly(
            tuple(
                "see EDR, October 25",
                "Eastern Daily Review",
                "2009-10-25",
                CitationKind.CROSS_REFERENCE),
            tuple(
                "see also Eastern Daily Review, October 2",
                "Eastern Daily Review",
                "2009-10-02",
                CitationKind.CROSS_REFERENCE),
            tuple(
                "cf. The Moscow Times, September 30",
                "Moscow Times",
                "2009-09-30",
                CitationKind.CROSS_REFERENCE));
  }

  @Test
  void crossReferencesResolveThroughTheSiteOrANameInTheText() {
    assertThat(cite("As we wrote (see BPB, May 2), it failed.", null, "Baltic Policy Blog"))
        .extracting(Citation::source)
        .containsExactly("Baltic Policy Blog");
    assertThat(
            cite(
                "The Caspian Energy Monitor covers this. Output fell (see CEM, May 2).",
                null,
                null))
        .extracting(Citation::source, Citation::kind)
        .containsExactly(tuple("Caspian Energy Monitor", CitationKind.CROSS_REFERENCE));
  }

  @Test
  void newsMediaNamedInTheText() {
    String text =
        "According to the BBC, the vote was close. The ruling party lost, according to the"
            + " Belgrade Courier. Kommersant reported on May 18 that talks had stalled. The plan,"
            + " as reported by the Financial Times, is dead. The minister told Interfax he would"
            + " resign.";
    assertThat(cite(text, "2010-05-20"))
        .extracting(Citation::text, Citation::source, Citation::date)
        .containsExactly(
            tuple("According to the BBC", "BBC", null),
            tuple("according to the Belgrade Courier", "Belgrade Courier", null),
            tuple("Kommersant reported on May 18", "Kommersant", "2010-05-18"),
            tuple("by the Financial Times", "Financial Times", null),
            tuple("told Interfax", "Interfax", null));
  }

  @Test
  void namesDoNotStartWithFunctionWordsMonthsOrNationalities() {
    String text =
        "As The Daily Caller reported, the plan failed. A September Washington Post-ABC News poll"
            + " agreed. She told French television she would stay.";
    assertThat(cite(text, "2010-10-20"))
        .extracting(Citation::text, Citation::source)
        .containsExactly(
            tuple("Daily Caller reported", "Daily Caller"),
            tuple("Washington Post-ABC News poll", "Washington Post-ABC News"));
  }

  @Test
  void peopleAndInstitutionsAfterAccordingToAreNotCitations() {
    String text =
        "Defense Minister Pavel Orlov spoke. According to Orlov, the army is ready. According to"
            + " the Pentagon, it is not. According to Pavel Orlov, nothing changed.";
    assertThat(cite(text, "2010-05-20")).isEmpty();
  }

  @Test
  void reportMentionsWithTheirSource() {
    String text =
        "The Brookings Institution’s report on the trip mentions new loans. Kommersant’s"
            + " coverage was thinner. The New York Times' story went further, and a Reuters"
            + " report agreed. A report in the Financial Times disagreed.";
    assertThat(cite(text, "2010-05-20"))
        .extracting(Citation::text, Citation::source, Citation::kind)
        .containsExactly(
            tuple(
                "Brookings Institution’s report on the trip",
                "Brookings Institution",
                CitationKind.MENTION),
            tuple("Kommersant’s coverage", "Kommersant", CitationKind.MENTION),
            tuple("New York Times' story", "New York Times", CitationKind.MENTION),
            tuple("Reuters report", "Reuters", CitationKind.MENTION),
            tuple("A report in the Financial Times", "Financial Times", CitationKind.MENTION));
  }

  @Test
  void aMediumDescribedByItsKindAndNounsInsideNames() {
    String text =
        "He told New York magazine in 2013 that he would run. She works in the Economic Studies"
            + " Program of the Geological Survey.";
    assertThat(cite(text, "2016-02-18"))
        .extracting(Citation::text, Citation::source)
        .containsExactly(tuple("told New York magazine", "New York magazine"));
  }

  @Test
  void mediaIntroducedByWhatTheyAre() {
    String text =
        "Exports will rise, according to the official news agency Lenpress. The mayor spoke in an"
            + " interview with the weekly Ogonyok, published on Tuesday. See the Interfax readout."
            + " The deal Interfax mentioned may matter more.";
    assertThat(cite(text, "2021-06-11"))
        .extracting(Citation::text, Citation::source, Citation::date)
        .containsExactly(
            tuple("according to the official news agency Lenpress", "Lenpress", null),
            tuple(
                "an interview with the weekly Ogonyok, published on Tuesday",
                "Ogonyok",
                "2021-06-08"),
            tuple("Interfax readout", "Interfax", null),
            tuple("Interfax mentioned", "Interfax", null));
  }

  @Test
  void wordsSpokenInAnInterviewAreSourcedToTheInterviewer() {
    String text =
        "The mayor spoke in an interview with the weekly Ogonyok. A Lenpress interview with the"
            + " mayor ran later.";
    assertThat(cite(text, "2021-06-11"))
        .extracting(Citation::source, Citation::kind)
        .containsExactly(
            tuple("Ogonyok", CitationKind.ATTRIBUTION), tuple("Lenpress", CitationKind.MENTION));
  }

  @Test
  void aPersonsReportIsNotACitation() {
    String text =
        "Foreign Minister Pavel Orlov visited Tashkent. Orlov’s report to parliament was short."
            + " His report was shorter still.";
    assertThat(cite(text, "2010-05-20")).isEmpty();
  }

  @Test
  void linksNameTheOrganizationInTheAnchorElseTheHost() {
    String text = "Reuters reported the deal. More details are here.";
    int here = text.indexOf("here");
    Page page =
        RecordFixtures.page(
            text,
            "2010-05-20",
            null,
            null,
            List.of(
                new Link(0, "Reuters reported".length(), "https://www.reuters.com/a/1"),
                new Link(here, here + 4, "http://WWW.Example.org/x?y=1")),
            List.of());
    assertThat(extract(page))
        .filteredOn(c -> c.kind() == CitationKind.LINK)
        .extracting(Citation::text, Citation::source, Citation::url)
        .containsExactly(
            tuple("Reuters reported", "Reuters", "https://www.reuters.com/a/1"),
            tuple("here", "example.org", "http://WWW.Example.org/x?y=1"));
  }

  @Test
  void hostOfAnUnreadableUrlIsTheUrlAsWritten() {
    assertThat(LinkCitationFinder.host("www.kommersant.ru/doc/1")).isEqualTo("kommersant.ru");
    assertThat(LinkCitationFinder.host("not a url")).isEqualTo("not a url");
  }
}
