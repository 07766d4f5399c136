package org.litmine.pipeline.read.pdf;

import java.util.List;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * Tells an article's metadata printed as a paragraph (publication dates, citation line, editors, correspondence,
 * copyright and licence lines) by how it begins, whatever the layout puts it: the patterns of
 * {@code front_matter_cues.tsv}, matched at the start of the paragraph, in any case.
 */
public final class MetadataParagraphs {

  private static final MetadataParagraphs DEFAULT =
      new MetadataParagraphs(load("org/litmine/pipeline/read/front_matter_cues.tsv"));

  private final List<Pattern> starts;

  MetadataParagraphs(List<Pattern> starts) {
    this.starts = List.copyOf(starts);
  }

  public static MetadataParagraphs standard() {
    return DEFAULT;
  }

  private static List<Pattern> load(String resource) {
    return TsvResource.firstColumn(resource).stream()
        .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
  }

  /** Whether the paragraph is metadata rather than text of the article. */
  public boolean isMetadata(String paragraph) {
    String text = paragraph.strip();
    return starts.stream().anyMatch(p -> p.matcher(text).lookingAt());
  }
}
