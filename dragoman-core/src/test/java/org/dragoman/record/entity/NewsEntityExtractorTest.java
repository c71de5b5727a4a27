package org.dragoman.record.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.junit.jupiter.api.Test;

class NewsEntityExtractorTest extends EntityExtractorContractTest {
  private static final EntityExtractor EXTRACTOR = new NewsEntityExtractor();

  @Override
  protected EntityExtractor extractor() {
    return EXTRACTOR;
  }

  private List<Entity> extract(String text) {
    return extract(text, List.of());
  }

  private static List<String> mentionTexts(Entity e) {
    return e.mentions().stream().map(Mention::text).toList();
  }

  private static void assertNoEntity(List<Entity> entities, String name) {
    assertThat(entities).extracting(Entity::name).doesNotContain(name);
  }

  @Test
  void safeAcrossThreads() throws Exception {
    String text = article();
    var expected = extract(text, List.of());
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var runs = new java.util.ArrayList<java.util.concurrent.Future<List<Entity>>>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> extract(text, List.of())));
      }
      for (var f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void multiWordPlacesAreOnePlace() {
    List<Entity> es =
        extract(
            "Diplomats from Central Asia and the South Caucasus met in Geneva. Trade with the "
                + "Middle East grew, and Central Asian exporters welcomed it.");
    assertThat(byName(es, "Central Asia").type()).isEqualTo(EntityType.LOCATION);
    assertThat(byName(es, "South Caucasus").type()).isEqualTo(EntityType.LOCATION);
    assertThat(byName(es, "Middle East").type()).isEqualTo(EntityType.LOCATION);
    assertNoEntity(es, "Central");
    assertNoEntity(es, "Asia");
    assertNoEntity(es, "Central Asian");
  }

  @Test
  void mediaAndThinkTanksAreOrganizations() {
    List<Entity> es =
        extract(
            "Interfax and Vedomosti reported the deal, and the Brookings Institution praised it. "
                + "An essay in the journal Politika i obshchestvo even argues that the ferry is "
                + "too slow.");
    assertThat(byName(es, "Interfax").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(byName(es, "Vedomosti").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(byName(es, "Brookings Institution").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(byName(es, "Politika i obshchestvo").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void possessiveReportMakesAPublisher() {
    List<Entity> es =
        extract(
            "Zarnitsa’s report on the summit mentions new loans. Later, Zarnitsa’s coverage "
                + "turned to the ports.");
    Entity zarnitsa = byName(es, "Zarnitsa");
    assertThat(zarnitsa.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(zarnitsa.mentions()).hasSize(2);
  }

  @Test
  void titlesFromDescriptiveAppositions() {
    List<Entity> es =
        extract(
            "Aigerim Nurova, a former Soviet security analyst in Almaty, said little. "
                + "Bolat Iskakov, an energy analyst at a Kazakh bank, agreed.");
    assertThat(byName(es, "Aigerim Nurova").roles()).containsExactly("security analyst");
    assertThat(byName(es, "Bolat Iskakov").roles()).containsExactly("energy analyst");
  }

  @Test
  void aCompanyNamedAfterItsKindIsAnOrganization() {
    List<Entity> es =
        extract(
            "Talks between Gazprom and the state concern Turkmengaz stalled, the company "
                + "Monday said.");
    assertThat(byName(es, "Turkmengaz").type()).isEqualTo(EntityType.ORGANIZATION);
    assertNoEntity(es, "Monday");
  }

  @Test
  void placesAndPeopleAfterAKindNounKeepTheirType() {
    List<Entity> es =
        extract(
            "A policy paper Russia published in May and the organization Hillary Clinton "
                + "founded were both cited by the party Chairman Aidos Sarym.");
    assertThat(byName(es, "Russia").type()).isEqualTo(EntityType.LOCATION);
    assertThat(byName(es, "Hillary Clinton").type()).isEqualTo(EntityType.PERSON);
    assertThat(byName(es, "Aidos Sarym").roles()).containsExactly("Chairman");
  }

  @Test
  void aKnownPersonsReportKeepsThePerson() {
    List<Entity> es =
        extract(
            "Sergei Lavrov spoke first. Lavrov’s report to the cabinet was short, and Secretary "
                + "Kerry’s report was longer.");
    assertThat(byName(es, "Sergei Lavrov").mentions()).hasSize(2);
    assertThat(byName(es, "Kerry").type()).isEqualTo(EntityType.PERSON);
    assertNoEntity(es, "Lavrov");
  }

  @Test
  void citedSourcesAreOrganizationsEvenWhenCalledSomethingElse() {
    String text =
        "The minister repeated his offer (Uzbek Radio Second Programme, May 2; Jamestown, May 3). "
            + "Jamestown’s analysis was cautious.";
    List<Citation> cites =
        List.of(
            citation(text, "Uzbek Radio Second Programme, May 2", "Uzbek Radio Second Programme"),
            citation(text, "Jamestown, May 3", "Jamestown"));
    List<Entity> es = extract(text, cites);
    assertThat(byName(es, "Uzbek Radio Second Programme").type())
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(byName(es, "Jamestown").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(byName(es, "Jamestown").mentions()).hasSize(2);
    assertNoEntity(es, "Uzbek");
  }

  @Test
  void aLinkToAHostNamesNoEntity() {
    String text = "The ministry denied it, as this report shows.";
    int at = text.indexOf("this report");
    Citation link =
        new Citation(
            "c1",
            "this report",
            at,
            at + 11,
            "kommersant.ru",
            null,
            CitationKind.LINK,
            "https://www.kommersant.ru/doc/1");
    assertNoEntity(extract(text, List.of(link)), "kommersant.ru");
  }

  @Test
  void aCitedAcronymNamesItsSource() {
    String text = "Ties have improved (see CAM, June 4).";
    Citation c =
        new Citation(
            "c1",
            "see CAM, June 4",
            21,
            36,
            "Caspian Affairs Monitor",
            "2010-06-04",
            CitationKind.CROSS_REFERENCE,
            null);
    Entity cam = byName(extract(text, List.of(c)), "Caspian Affairs Monitor");
    assertThat(cam.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(cam.aliases()).containsExactly("CAM");
  }

  @Test
  void peopleTakenForOrganizationsArePeopleWhenTitled() {
    List<Entity> es =
        extract(
            "The meetings between Presidents Vladimir Putin and Islam Karimov grew more "
                + "frequent in 2004.");
    Entity karimov = byName(es, "Islam Karimov");
    assertThat(karimov.type()).isEqualTo(EntityType.PERSON);
    assertThat(karimov.roles()).containsExactly("President");
    assertThat(byName(es, "Vladimir Putin").roles()).containsExactly("President");
  }

  @Test
  void aGivenNameMakesAPerson() {
    List<Entity> es =
        extract("Islam Karimov and the Islam Karimov Foundation both replied to Tashkent.");
    assertThat(es.stream().filter(e -> e.name().equals("Islam Karimov")))
        .extracting(Entity::type)
        .containsExactly(EntityType.PERSON);
  }

  @Test
  void aGivenNameBeforeAPlaceWordIsNoPerson() {
    List<Entity> es = extract("Flights left Hamad International Airport for Doha on time.");
    assertThat(es)
        .filteredOn(e -> e.name().contains("Hamad"))
        .extracting(Entity::type)
        .doesNotContain(EntityType.PERSON);
  }

  @Test
  void commonWordsAndPronounsAreNotEntities() {
    List<Entity> es =
        extract("Equally, he would like to see Georgia re-enter the fold. She agreed with him.");
    assertNoEntity(es, "Equally");
    assertNoEntity(es, "fold");
    assertNoEntity(es, "him");
    assertNoEntity(es, "She");
  }

  @Test
  void titlesFromPreModifiers() {
    List<Entity> es =
        extract(
            "Russian Deputy Foreign Minister Grigory Karasin met U.S. Ambassador to Moscow John "
                + "Tefft on Monday. Secretary Kerry called later. Burmese analyst Thant Zin "
                + "disagreed.");
    assertThat(byName(es, "Grigory Karasin").roles()).containsExactly("Deputy Foreign Minister");
    assertThat(byName(es, "John Tefft").roles()).singleElement().asString().contains("Ambassador");
    assertThat(byName(es, "Kerry").roles()).containsExactly("Secretary");
    assertThat(byName(es, "Thant Zin").roles()).containsExactly("analyst");
  }

  @Test
  void titlesWithAnOfPhrase() {
    List<Entity> es =
        extract(
            "Deputy Chief of Staff Aliya Serikova and Minister for Foreign Affairs Dana Ermekova "
                + "met in Astana.");
    assertThat(byName(es, "Aliya Serikova").roles()).containsExactly("Deputy Chief of Staff");
    assertThat(byName(es, "Dana Ermekova").roles()).containsExactly("Minister for Foreign Affairs");
  }

  @Test
  void titlesFromAppositionsAndCounterparts() {
    List<Entity> es =
        extract(
            "Kazakh Foreign Minister Erlan Abenov met his Kyrgyz counterpart, Ruslan Kazakbaev, "
                + "in Bishkek. Marat Tokoev, the Interior Minister, joined them.");
    assertThat(byName(es, "Ruslan Kazakbaev").roles())
        .containsExactly("counterpart", "Foreign Minister");
    assertThat(byName(es, "Marat Tokoev").roles()).containsExactly("Interior Minister");
  }

  @Test
  void anUnnamedTitleGoesToTheNextUntitledPersonOfTheParagraph() {
    List<Entity> es =
        extract(
            "Kazakhstan’s Foreign Minister followed up Secretary Kerry’s visit with a trip of "
                + "his own. Analysts read Erlan Abenov’s trip as a reply.\n\n"
                + "Nurlan Sadykov stayed home.");
    assertThat(byName(es, "Erlan Abenov").roles()).containsExactly("Foreign Minister");
    assertThat(byName(es, "Kerry").roles()).containsExactly("Secretary");
    assertThat(byName(es, "Nurlan Sadykov").roles()).isEmpty();
  }

  @Test
  void aBareTitleWithoutAStateWaitsForNoOne() {
    List<Entity> es = extract("The President spoke at length. Later, John Ardmore left the room.");
    assertThat(byName(es, "John Ardmore").roles()).isEmpty();
  }

  @Test
  void capitalsAndSeatsStandForTheirStateWhenTheyAct() {
    List<Entity> es =
        extract(
            "Moscow wants a deal, and Astana may agree. The Kremlin said Washington’s influence "
                + "was fading, while the Kazakh side sought ties with Moscow.");
    Entity russia = byName(es, "Russia");
    assertThat(mentionTexts(russia)).containsExactly("Moscow", "The Kremlin", "Moscow");
    assertThat(russia.aliases()).contains("Moscow");
    Entity kazakhstan = byName(es, "Kazakhstan");
    assertThat(mentionTexts(kazakhstan)).containsExactly("Astana", "Kazakh");
    assertThat(byName(es, "United States").aliases()).containsExactly("Washington");
    assertNoEntity(es, "Moscow");
    assertNoEntity(es, "Astana");
  }

  @Test
  void capitalsStayPlacesWhereThingsHappen() {
    List<Entity> es =
        extract(
            "A conference in Moscow drew few people. His visit to Astana, and a tour taking him "
                + "to Bishkek and Dushanbe, came later. Moscow then wants more.");
    assertThat(byName(es, "Astana").type()).isEqualTo(EntityType.LOCATION);
    assertThat(byName(es, "Bishkek").type()).isEqualTo(EntityType.LOCATION);
    assertThat(byName(es, "Dushanbe").type()).isEqualTo(EntityType.LOCATION);
    assertThat(mentionTexts(byName(es, "Moscow"))).containsExactly("Moscow");
    assertThat(byName(es, "Russia").aliases()).containsExactly("Moscow");
    assertNoEntity(es, "Kazakhstan");
  }

  @Test
  void relationsBetweenCapitalsAreBetweenStates() {
    List<Entity> es =
        extract(
            "Relations between Moscow and Tashkent improved, though London's newly elected mayor "
                + "and Tashkent's streets were quieter. The West watched, and the Uzbek side "
                + "said nothing.");
    assertThat(mentionTexts(byName(es, "Russia"))).containsExactly("Moscow");
    assertThat(mentionTexts(byName(es, "Uzbekistan"))).containsExactly("Tashkent", "Uzbek");
    assertThat(byName(es, "London").type()).isEqualTo(EntityType.LOCATION);
    assertThat(mentionTexts(byName(es, "Tashkent"))).containsExactly("Tashkent");
    assertThat(byName(es, "the West").type()).isEqualTo(EntityType.LOCATION);
    assertNoEntity(es, "United Kingdom");
  }

  @Test
  void americaIsTheUnitedStates() {
    List<Entity> es =
        extract(
            "The United States and Russia disagree. U.S. officials say America will stay, and "
                + "US-Russia trade fell.");
    Entity us = byName(es, "United States");
    assertThat(us.aliases()).containsExactly("U.S.", "America", "US");
    assertThat(es.stream().filter(e -> e.type() == EntityType.LOCATION)).hasSize(2);
  }

  @Test
  void acronymsInParenthesesAndByInitials() {
    List<Entity> es =
        extract(
            "The Caspian Ferry Consortium (CFC) and the Collective Security Treaty Organization "
                + "(CSTO) signed. CFC shares rose; the CSTO was silent.");
    Entity cfc = byName(es, "Caspian Ferry Consortium");
    assertThat(cfc.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(cfc.aliases()).containsExactly("CFC");
    assertThat(cfc.mentions()).hasSize(3);
    assertThat(byName(es, "Collective Security Treaty Organization").aliases())
        .containsExactly("CSTO");
  }

  @Test
  void aCapitalizedDescriptionReMentionsAnOrganization() {
    List<Entity> es =
        extract(
            "Kabul wants closer ties with NATO. Contacts between the Alliance and the "
                + "Afghan army grew.");
    Entity nato = byName(es, "NATO");
    assertThat(nato.aliases()).containsExactly("the Alliance");
    assertNoEntity(es, "Alliance");
  }

  @Test
  void surnamesJoinTheFullName() {
    List<Entity> es =
        extract(
            "Sergei Lavrov arrived on Monday. Lavrov said little, and Lavrov’s hosts were "
                + "pleased.");
    Entity lavrov = byName(es, "Sergei Lavrov");
    assertThat(lavrov.aliases()).containsExactly("Lavrov");
    assertThat(lavrov.mentions()).hasSize(3);
    assertNoEntity(es, "Lavrov");
  }

  @Test
  void companyShapedNamesAreOrganizations() {
    List<Entity> es =
        extract(
            "Talks between Naftogaz and Uzbekneftegaz stalled. Volga Airlines cancelled two"
                + " flights, and Petrova Holdings said it would sue.");
    assertThat(byName(es, "Naftogaz").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(byName(es, "Uzbekneftegaz").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(byName(es, "Volga Airlines").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(byName(es, "Petrova Holdings").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void aDatelineInCapitalsIsThePlaceOfTheSameName() {
    List<Entity> es =
        extract(
            "TASHKENT — The minister spoke to reporters in Tashkent.\n\nALMATY — Traders in"
                + " Almaty were calm.");
    Entity tashkent = byName(es, "Tashkent");
    assertThat(tashkent.type()).isEqualTo(EntityType.LOCATION);
    assertThat(mentionTexts(tashkent)).containsExactly("TASHKENT", "Tashkent");
    assertThat(tashkent.aliases()).isEmpty();
    assertNoEntity(es, "TASHKENT");
    assertNoEntity(es, "ALMATY");
  }

  @Test
  void aLowercaseBlocOrAllianceReMentionsTheLatestOrganizationKnownSo() {
    List<Entity> es =
        extract(
            "Ministers of the European Union met in Riga. The bloc agreed on new sanctions, and"
                + " the CSTO held drills. Critics called the alliance weak.");
    assertThat(byName(es, "European Union").aliases()).contains("the bloc");
    assertThat(mentionTexts(byName(es, "CSTO"))).contains("the alliance");
    assertNoEntity(es, "bloc");
  }

  @Test
  void aSeatOfGovernmentKeepsItsArticle() {
    List<Entity> es =
        extract("The White House said the Kremlin had not replied. Washington waited.");
    assertThat(byName(es, "United States").aliases()).contains("the White House");
    assertThat(byName(es, "Russia").aliases()).containsExactly("the Kremlin");
  }

  @Test
  void listedEventsTreatiesAndLawsAreMisc() {
    List<Entity> es =
        extract(
            "Veterans of World War II met before the Olympics. Critics of Obamacare and of the"
                + " Paris Agreement spoke, and Kyiv invoked the Minsk agreements.");
    for (String name :
        List.of("World War II", "Olympics", "Obamacare", "Paris Agreement", "Minsk agreements")) {
      assertThat(byName(es, name).type()).as(name).isEqualTo(EntityType.MISC);
    }
    assertNoEntity(es, "Paris");
    assertNoEntity(es, "Minsk");
  }

  @Test
  void namesShapedLikeEventsTreatiesAndOperationsAreMisc() {
    List<Entity> es =
        extract(
            "Delegates left the Valdai Economic Forum early. The Treaty of Tilsit was recalled,"
                + " and Operation Steppe Shield began near the border.");
    assertThat(byName(es, "Valdai Economic Forum").type()).isEqualTo(EntityType.MISC);
    assertThat(byName(es, "Treaty of Tilsit").type()).isEqualTo(EntityType.MISC);
    assertThat(byName(es, "Operation Steppe Shield").type()).isEqualTo(EntityType.MISC);
    List<Entity> law =
        extract("The Grain Export Act (GEA) passed. Farmers said the GEA came too late.");
    assertThat(byName(law, "Grain Export Act").type()).isEqualTo(EntityType.MISC);
    assertThat(byName(law, "Grain Export Act").aliases()).containsExactly("GEA");
    assertNoEntity(es, "Tilsit");
  }

  @Test
  void aCountryOrOrganizationInsideANamedThingKeepsItsMention() {
    List<Entity> es =
        extract(
            "Leaders gathered for the NATO Summit in Vilnius. Memories of the Iraq War linger.");
    assertThat(byName(es, "NATO Summit").type()).isEqualTo(EntityType.MISC);
    assertThat(mentionTexts(byName(es, "NATO"))).containsExactly("NATO");
    assertThat(byName(es, "Iraq War").type()).isEqualTo(EntityType.MISC);
    assertThat(byName(es, "Iraq").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aNamedThingNeverTakesOverAnOrganization() {
    List<Entity> es =
        extract("The Collective Security Treaty Organization met. The Shanghai Five gathered.");
    assertThat(byName(es, "Collective Security Treaty Organization").type())
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(es).noneMatch(e -> e.type() == EntityType.MISC);
  }

  @Test
  void nationalitiesAsGroupsAreMiscButADemonymBeforeAStateNounIsTheState() {
    List<Entity> es = extract("Many Kazakhs work abroad. The Uzbek government disagreed.");
    assertThat(byName(es, "Kazakhs").type()).isEqualTo(EntityType.MISC);
    assertThat(byName(es, "Uzbekistan").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aDemonymAndACompanyNounReMentionTheLatestCompany() {
    List<Entity> es =
        extract(
            "Naftogaz signed the deal in Kyiv. Officials said the Ukrainian company would pay in"
                + " May.");
    assertThat(byName(es, "Naftogaz").aliases()).containsExactly("the Ukrainian company");
    List<Entity> none = extract("Officials said the Ukrainian company would pay in May.");
    assertThat(none).noneMatch(e -> e.name().contains("company"));
  }

  @Test
  void abbreviatedTitlesBeforeNamesGiveTheFullTitle() {
    List<Entity> es =
        extract(
            "Sen. Corvin Aldane said the bill would fail. Rep. Marisa Quell disagreed. "
                + "Lt. Gov. Dorian Pelk stayed home.");
    assertThat(byName(es, "Corvin Aldane").roles()).containsExactly("Senator");
    assertThat(byName(es, "Marisa Quell").roles()).containsExactly("Representative");
    assertThat(byName(es, "Dorian Pelk").roles()).containsExactly("Lieutenant Governor");
  }

  @Test
  void aSurnameWithAnHonorificJoinsTheFullNameOfItsGender() {
    List<Entity> es =
        extract(
            "John Marrowby spoke in Leeds on Monday. Anna Marrowby spoke in York on Tuesday. "
                + "Mr. Marrowby said the vote was close. Mrs. Marrowby said it was not. "
                + "Marrowby left early.");
    Entity john = byName(es, "John Marrowby");
    Entity anna = byName(es, "Anna Marrowby");
    assertThat(john).isNotEqualTo(anna);
    assertThat(mentionTexts(john)).containsExactly("John Marrowby", "Marrowby");
    assertThat(mentionTexts(anna)).containsExactly("Anna Marrowby", "Marrowby", "Marrowby");
  }

  @Test
  void aFatherIsNotHisSonWithTheSameName() {
    List<Entity> es =
        extract("Peter Vandrell Jr. met voters in Leeds. Peter Vandrell stayed in York.");
    assertThat(mentionTexts(byName(es, "Peter Vandrell Jr.")))
        .containsExactly("Peter Vandrell Jr.");
    assertThat(mentionTexts(byName(es, "Peter Vandrell"))).containsExactly("Peter Vandrell");
  }

  @Test
  void aFullNameWithoutItsMiddleNameIsTheSamePerson() {
    List<Entity> es =
        extract(
            "Helen Q. Darrowgate spoke in Leeds. Helen Darrowgate said little. "
                + "Tom Darrowgate disagreed.");
    assertThat(mentionTexts(byName(es, "Helen Q. Darrowgate")))
        .containsExactly("Helen Q. Darrowgate", "Helen Darrowgate");
    assertThat(mentionTexts(byName(es, "Tom Darrowgate"))).containsExactly("Tom Darrowgate");
  }

  @Test
  void aTitledSurnameJoinsThePersonHoldingThatTitle() {
    List<Entity> es =
        extract(
            "Former President Tom Halvard spoke in Leeds on Monday. Anna Halvard met voters in "
                + "York on Tuesday. President Halvard said the vote was close.");
    assertThat(mentionTexts(byName(es, "Tom Halvard"))).containsExactly("Tom Halvard", "Halvard");
    assertThat(mentionTexts(byName(es, "Anna Halvard"))).containsExactly("Anna Halvard");
  }

  @Test
  void aTitledSurnameAvoidsThePersonHoldingAnotherTitle() {
    List<Entity> es =
        extract(
            "Former President Tom Halvard spoke in Leeds on Monday. Anna Halvard met voters in "
                + "York on Tuesday. Tom Halvard stayed home. Secretary Halvard said it was close.");
    assertThat(mentionTexts(byName(es, "Anna Halvard"))).containsExactly("Anna Halvard", "Halvard");
    assertThat(byName(es, "Tom Halvard").roles()).doesNotContain("Secretary");
  }

  @Test
  void aSurnameJoinsThePersonLastCalledByThatSurname() {
    List<Entity> es =
        extract(
            "Tom Halvard spoke in Leeds on Monday. Anna Halvard spoke in York on Tuesday. "
                + "Mr. Halvard thanked the voters and praised Anna. Halvard left early.");
    assertThat(mentionTexts(byName(es, "Tom Halvard")))
        .containsExactly("Tom Halvard", "Halvard", "Halvard");
  }

  @Test
  void aRelativeClauseGivesATitle() {
    List<Entity> es =
        extract(
            "Tom Halvard, who was Governor Anna Marrowby's chief of staff from 2009, left in "
                + "2013. Peter Quell, who served as a senior adviser, stayed in York.");
    assertThat(byName(es, "Tom Halvard").roles()).containsExactly("chief of staff");
    assertThat(byName(es, "Anna Marrowby").roles()).containsExactly("Governor");
    assertThat(byName(es, "Peter Quell").roles()).containsExactly("senior adviser");
  }

  @Test
  void aDefiniteDescriptionIsATitleOfThePersonBeforeIt() {
    List<Entity> es =
        extract(
            "Anna Marrowby met Tom Halvard in Leeds.\n\nTom Halvard is drawing large crowds in "
                + "York. The Vermont senator is sticking to his message, and he spoke for the "
                + "eventual Republican nominee.");
    assertThat(byName(es, "Tom Halvard").roles()).containsExactly("Vermont senator");
    assertThat(byName(es, "Anna Marrowby").roles()).isEmpty();
  }
}
