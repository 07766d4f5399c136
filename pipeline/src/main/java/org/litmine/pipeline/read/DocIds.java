package org.litmine.pipeline.read;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable identifier of a document: the DOI its front matter states, else the file name without extension.
 */
public final class DocIds {

  private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[-._;()/:A-Za-z0-9]+[A-Za-z0-9])");

  private DocIds() {}

  /** The first DOI in the given front-matter text (title page, not references), lower-cased. */
  public static Optional<String> doiIn(String frontMatter) {
    Matcher m = DOI.matcher(frontMatter);
    return m.find() ? Optional.of(m.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
  }

  public static String fileStem(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  public static String of(Path path, Optional<String> doi) {
    return doi.orElseGet(() -> fileStem(path));
  }
}
