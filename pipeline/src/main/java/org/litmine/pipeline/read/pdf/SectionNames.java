package org.litmine.pipeline.read.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * The section names articles share across publishers ({@code section_names.tsv}) and the headings of material
 * printed with an article that is not part of it ({@code not_body_headings.tsv}: peer-review reports, publishers'
 * advertisements). Both are compared on a normalized key: numbering ("2.", "2.1", "II.") and a trailing ":" or "."
 * dropped, lower case, typographic apostrophes straightened, "&amp;" read as "and", spaces collapsed.
 */
public final class SectionNames {

  private static final Pattern NUMBERING = Pattern.compile("^(\\d+(\\.\\d+)*\\.?|[IVX]+\\.|[A-Z]\\.)\\s+");
  private static final SectionNames DEFAULT = new SectionNames(load("org/litmine/pipeline/read/section_names.tsv"),
      List.copyOf(load("org/litmine/pipeline/read/not_body_headings.tsv")));

  private final Set<String> names;
  private final List<String> notBody;

  SectionNames(Set<String> names, List<String> notBody) {
    this.names = Set.copyOf(names);
    this.notBody = notBody.stream().sorted().toList();
  }

  /** The lists shipped with litmine. */
  public static SectionNames standard() {
    return DEFAULT;
  }

  private static Set<String> load(String resource) {
    Set<String> out = new HashSet<>();
    TsvResource.read(resource, columns -> out.add(key(columns[0])));
    return out;
  }

  /** Whether the text is a known section name (and nothing more). */
  public boolean isSectionName(String text) {
    return names.contains(key(text));
  }

  /** Whether the heading opens material that is not part of the article (peer review, advertisements). */
  public boolean opensNonArticleMatter(String text) {
    String key = key(text);
    return notBody.stream().anyMatch(key::startsWith);
  }

  /** The key names are compared on. */
  public static String key(String text) {
    String key = NUMBERING.matcher(text.strip()).replaceFirst("");
    key = key.replace('’', '\'').replace('‘', '\'').replace("&", " and ").toLowerCase(Locale.ROOT);
    key = key.replaceAll("[:.]+$", "").replaceAll("\\s+", " ").strip();
    return key;
  }
}
