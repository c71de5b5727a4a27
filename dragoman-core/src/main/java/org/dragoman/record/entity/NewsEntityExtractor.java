package org.dragoman.record.entity;

import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.Entity;
import org.dragoman.model.Page;

/**
 * Entities of a news document: the language stage's named entities corrected with the team's
 * gazetteer (countries, capitals, organizations, regions, media), the cited sources, titles of
 * publications, acronyms and roles, named events, treaties and laws (MISC), then resolved inside
 * the document (surnames, acronyms, capitals and demonyms standing for their state). Stateless; the
 * gazetteer is loaded once and shared, so one instance serves any number of threads.
 */
public final class NewsEntityExtractor implements EntityExtractor {
  private final NameFinder finder;
  private final NameTyper typer;
  private final Metonymy metonymy;
  private final RoleFinder roles;
  private final MiscNames misc;
  private final EntityBuilder builder;

  public NewsEntityExtractor() {
    this(Gazetteer.standard());
  }

  public NewsEntityExtractor(Gazetteer gazetteer) {
    this.finder = new NameFinder(gazetteer);
    this.typer = new NameTyper(gazetteer);
    this.metonymy = new Metonymy(gazetteer);
    this.roles = new RoleFinder(gazetteer);
    this.misc = new MiscNames(gazetteer);
    this.builder = new EntityBuilder(gazetteer);
  }

  @Override
  public List<Entity> extract(Page page, AnnotatedText annotated, List<Citation> citations) {
    if (!page.text().equals(annotated.text())) {
      throw new IllegalArgumentException(
          "entity extraction needs the annotation of the page's own body text");
    }
    CitedSources cited = new CitedSources();
    List<Name> names = finder.find(annotated, citations == null ? List.of() : citations, cited);
    typer.type(annotated, names);
    metonymy.resolve(annotated, names);
    RoleFinder.Found found = roles.find(annotated, names);
    misc.add(annotated, names);
    return builder.build(annotated, page.blocks(), names, found, cited);
  }
}
