package org.dragoman.structure.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteNameFinderTest {
  private final SiteNameFinder sites = new SiteNameFinder();

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Subscribe to receive updates from Steppe Notes; Steppe Notes",
        "© 2011 Steppe Notes. All rights reserved.; Steppe Notes",
        "Copyright 2004-2011 Caspian Watch; Caspian Watch",
        "Copyright © Caspian Watch All Rights Reserved; Caspian Watch",
        "This post first appeared on Border Lines.; Border Lines",
        "Welcome to Caspian Watch; Caspian Watch",
        "More information on Caspian Watch's services can be found here.; Caspian Watch"
      })
  void findsSiteNames(String line, String site) {
    assertThat(sites.find(List.of(line))).contains(site);
  }

  @Test
  void strongerPatternWinsOverEarlierLine() {
    assertThat(sites.find(List.of("More on Kestrel Media's services here.", "© 2012 Border Lines")))
        .contains("Border Lines");
  }

  @Test
  void nothingWhenNoPatternMatches() {
    assertThat(sites.find(List.of("Reply", "Previous post"))).isEmpty();
  }
}
