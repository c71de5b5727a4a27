package org.dragoman.structure.html;

import java.util.List;

/**
 * The elements that hold a page's article body, in page order, with the text measures of the
 * cleaned page.
 */
record MainContent(List<org.jsoup.nodes.Element> elements, NodeStats stats) {}
