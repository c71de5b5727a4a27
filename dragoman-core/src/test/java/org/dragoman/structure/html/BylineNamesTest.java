package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineNamesTest {
  @Test
  void bylinesAreNamedButCommentAuthorsAreNot() {
    assertThat(BylineNames.byline("byline")).isTrue();
    assertThat(BylineNames.byline("autor-name")).isTrue();
    assertThat(BylineNames.byline("verfasser")).isTrue();
    assertThat(BylineNames.byline("comment-author vcard")).isFalse();
  }

  @Test
  void furnitureIsASidebarNotAPageThatHasOne() {
    assertThat(BylineNames.furniture("sidebar-main")).isTrue();
    assertThat(BylineNames.furniture("widget widget_text")).isTrue();
    assertThat(BylineNames.furniture("single has-sidebar")).isFalse();
    assertThat(BylineNames.furniture("content-sidebar-wrap")).isFalse();
    assertThat(BylineNames.furniture("article sticky-sidebar-parent")).isFalse();
    assertThat(BylineNames.furniture("Sidebar  Primary")).isTrue();
    assertThat(BylineNames.furniture("widget Blog")).isFalse();
    assertThat(BylineNames.furniture("entry-content")).isFalse();
  }

  @Test
  void theMainColumnOfALayoutWithASidebarIsNoFurniture() {
    assertThat(BylineNames.furniture("sidebar__main")).isFalse();
    assertThat(BylineNames.furniture("st-sidebar__content")).isFalse();
    assertThat(BylineNames.furniture("sidebar__aside")).isTrue();
  }

  @Test
  void dateNamesLeaveOutUpdates() {
    assertThat(BylineNames.dated("entry-date published")).isTrue();
    assertThat(BylineNames.dated("updated-date")).isFalse();
  }
}
