package org.dragoman.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Format;
import org.dragoman.model.GivenMetadata;
import org.dragoman.model.Origin;
import org.dragoman.model.Page;
import org.dragoman.model.Publication;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Test;

class TextPageReaderTest extends PageReaderContractTest {
  private static final TextPageReader READER = new TextPageReader();

  @Override
  protected PageReader reader() {
    return READER;
  }

  @Override
  protected RawDocument page() {
    return doc("blog-dump.txt", null);
  }

  @Override
  protected RawDocument pageWithGivenMetadata() {
    return doc(
        "blog-dump.txt",
        new GivenMetadata(null, null, "Given Title", List.of("Given Author"), "2011-03-05", null));
  }

  static RawDocument doc(String fixture, GivenMetadata given) {
    return new RawDocument(Origin.ofPath(fixture), Format.TEXT, fixture(fixture), given);
  }

  static String fixture(String name) {
    try (InputStream in = TextPageReaderTest.class.getResourceAsStream("/structure/text/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Page read(String text) {
    return READER.read(new RawDocument(Origin.ofPath("inline"), Format.TEXT, text, null));
  }

  @Test
  void blogDumpMetadata() {
    Page page = READER.read(page());
    assertThat(page.title()).isEqualTo("Pipeline Politics on the Caspian Shore");
    assertThat(page.authors()).containsExactly("Marta Kovalenko");
    assertThat(page.published()).isEqualTo("2011-03-04T09:15");
    assertThat(page.publishedEvidence()).contains("Posted by Marta Kovalenko");
    assertThat(page.site()).isEqualTo("Steppe Notes");
    assertThat(page.publication()).isNull();
  }

  @Test
  void blogDumpBodyKeepsTheArticleAndDropsTheFurniture() {
    Page page = READER.read(page());
    assertThat(page.text())
        .startsWith("The energy ministers of three littoral states met in Aktau")
        .endsWith("each other's sparingly.")
        .contains("The route question is settled in principle")
        .doesNotContain("Home »", "Share this", "Subscribe", "About the author", "Marta writes")
        .doesNotContain("Comments", "Good summary", "Previous post", "©", "Posted by");
  }

  @Test
  void blogDumpBlocks() {
    Page page = READER.read(page());
    List<BlockKind> kinds = page.blocks().stream().map(Block::kind).toList();
    assertThat(kinds)
        .containsExactly(
            BlockKind.PARAGRAPH,
            BlockKind.BLOCKQUOTE,
            BlockKind.PARAGRAPH,
            BlockKind.HEADING,
            BlockKind.PARAGRAPH);
    Block quote = page.blocks().get(1);
    assertThat(page.text().substring(quote.start(), quote.end()))
        .isEqualTo("The route question is settled in principle; the price question is not.");
    assertThat(page.text().substring(page.blocks().get(3).start(), page.blocks().get(3).end()))
        .isEqualTo("What comes next");
  }

  @Test
  void blogDumpComments() {
    Page page = READER.read(page());
    assertThat(page.comments()).hasSize(2);
    assertThat(page.comments().get(0).author()).isEqualTo("oleg_t");
    assertThat(page.comments().get(0).published()).isEqualTo("2011-03-04T11:02");
    assertThat(page.comments().get(0).text())
        .isEqualTo("Good summary. The price question was never going to be settled in Aktau.");
    assertThat(page.comments().get(1).author()).isEqualTo("Dana Price");
    assertThat(page.comments().get(1).published()).isEqualTo("2011-03-05T19:40");
    assertThat(page.comments().get(1).text())
        .isEqualTo(
            "I would add that the Turkmen delegation said almost nothing in public.\n\n"
                + "That silence is itself a position.");
  }

  @Test
  void givenDateWinsAndIsTheEvidence() {
    Page page = READER.read(pageWithGivenMetadata());
    assertThat(page.published()).isEqualTo("2011-03-05");
    assertThat(page.publishedEvidence()).isEqualTo("given metadata");
  }

  @Test
  void newsReportWithAgencyBylineDateLineAndIndentedQuote() {
    Page page = READER.read(doc("news-report.txt", null));
    assertThat(page.title()).isEqualTo("Ministers Agree to Reopen Border Crossing");
    assertThat(page.authors()).containsExactly("Anna Petrova", "Ruslan Akhmetov");
    assertThat(page.published()).isEqualTo("2005-10-21");
    assertThat(page.text())
        .startsWith("The foreign ministers")
        .endsWith("within a month.")
        .doesNotContain("Related articles", "Gas talks stall");
    assertThat(page.blocks().get(1).kind()).isEqualTo(BlockKind.BLOCKQUOTE);
    assertThat(page.comments()).isEmpty();
  }

  @Test
  void analysisWithPublicationHeaderAndSeparateTitle() {
    Page page = READER.read(doc("analysis-header.txt", null));
    assertThat(page.publication()).isEqualTo(new Publication("Caspian Energy Review", 7, 42));
    assertThat(page.title()).isEqualTo("An Uneasy Compromise Over Transit Fees");
    assertThat(page.authors()).containsExactly("Lev Orlov");
    assertThat(page.published()).isEqualTo("2009-06-12");
    assertThat(page.text())
        .startsWith("The compromise reached last week")
        .endsWith("(Interfax, June 10; Kazinform, June 11).")
        .doesNotContain("Terms of Use", "Caspian Energy Review");
  }

  @Test
  void plainTextWithoutHeaderIsAllBodyAndUnwrapped() {
    Page page = READER.read(doc("plain-note.txt", null));
    assertThat(page.title()).isNull();
    assertThat(page.authors()).isEmpty();
    assertThat(page.published()).isNull();
    assertThat(page.text())
        .isEqualTo(
            "The committee met on Tuesday. It heard three witnesses and adjourned without a vote."
                + " Members said they expected to return to the question after the recess.\n\n"
                + "A second session is planned for the autumn.");
    assertThat(page.blocks()).hasSize(2);
  }

  @Test
  void unwrappedDumpWithOneParagraphPerLine() {
    String longLine =
        "The delegation arrived late on Monday evening and went straight into a working dinner"
            + " with the host ministry, where the agenda was set for the following two days.";
    Page page =
        read(
            "Talks Open in Bishkek\nBy Aigul Sadykova | 2012-05-14 18:05\n"
                + longLine
                + "\n"
                + longLine.replace("Monday", "Tuesday")
                + "\nsteppe_reader 2012-05-15 08:12\nA useful account, thank you for the detail.\n");
    assertThat(page.title()).isEqualTo("Talks Open in Bishkek");
    assertThat(page.authors()).containsExactly("Aigul Sadykova");
    assertThat(page.published()).isEqualTo("2012-05-14T18:05");
    assertThat(page.blocks()).hasSize(2);
    assertThat(page.comments()).hasSize(1);
    assertThat(page.comments().get(0).author()).isEqualTo("steppe_reader");
    assertThat(page.comments().get(0).published()).isEqualTo("2012-05-15T08:12");
  }

  @Test
  void shortFirstParagraphEndingInAPeriodIsNotATitle() {
    Page page = read("Officials met today.\n\nThey agreed on nothing in particular.");
    assertThat(page.title()).isNull();
    assertThat(page.text()).startsWith("Officials met today.");
  }

  @Test
  void bodyParagraphMentioningADateIsNotTakenForAComment() {
    Page page =
        read(
            "Budget Vote Delayed\n\nby Ivo Marek\n\nThe vote was moved.\n\n"
                + "Parliament on October 21, 2005\n\nThe session will resume next week.");
    assertThat(page.comments()).isEmpty();
    assertThat(page.text()).contains("The session will resume next week.");
  }

  @Test
  void cookieBannerAndTagsAreRemovedFromTheBody() {
    Page page =
        read(
            "We use cookies to improve your experience. By continuing you accept our cookie policy.\n\n"
                + "Grain Exports Rise\n\nBy Sara Lind\n\nExports rose by a tenth in the first quarter.\n\n"
                + "Tags: grain, exports, Kazakhstan\n\nThe ministry expects a further rise.");
    assertThat(page.title()).isEqualTo("Grain Exports Rise");
    assertThat(page.text())
        .isEqualTo(
            "Exports rose by a tenth in the first quarter.\n\nThe ministry expects a further rise.");
  }

  @Test
  void longQuotedLinesStayOneBlockQuote() {
    String line =
        "> The sides agreed to continue consultations on border protection, on transit and on"
            + " the coordination of their positions in regional organizations";
    Page page = read("Statement Issued\n\nThe statement reads:\n\n" + line + ",\n" + line + ".");
    assertThat(page.blocks()).hasSize(2);
    assertThat(page.blocks().get(1).kind()).isEqualTo(BlockKind.BLOCKQUOTE);
    assertThat(page.text()).doesNotContain(">");
  }

  @Test
  void wholePageDumpDropsMenusAndLinkListsAroundTheArticle() {
    Page page = READER.read(doc("whole-page-dump.txt", null));
    assertThat(page.title()).isEqualTo("Ferry Traffic Across the Caspian Doubles");
    assertThat(page.authors()).containsExactly("Kamal Aliyev");
    assertThat(page.published()).isEqualTo("2019-11-12");
    assertThat(page.text())
        .startsWith("Ferry traffic between Baku and Aktau doubled")
        .endsWith("the rail route through Russia.")
        .doesNotContain("Politics", "Newsletter", "Most read", "sturgeon", "Imprint");
    assertThat(page.blocks()).hasSize(3);
  }
}
