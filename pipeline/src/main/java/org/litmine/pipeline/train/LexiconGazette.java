package org.litmine.pipeline.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * A CoreNLP gazette ({@code CLASS word word ...} a line) made from litmine's lexicons ({@code surface<TAB>id[<TAB>cs]}
 * classpath resources), for the CRF's {@code cleanGazette} features: a token gets the feature when it is part of a
 * whole entry spelled out in the sentence. Surfaces are split into the taggers' tokens; a surface not marked
 * {@code cs} is also entered lowercased and with a capital first letter. CoreNLP copies the entries into the model
 * (its feature factory is serialized with it), so the file is needed only while training.
 */
final class LexiconGazette {

  /** The taggers' tokens: maximal runs of letters and digits, and single other non-space characters. */
  static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

  private LexiconGazette() {}

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** The gazette's lines, in the lexicons' order, each entry once. */
  static List<String> lines(String gazetteClass, List<String> lexicons, int maxTokens) {
    Set<String> entries = new LinkedHashSet<>();
    for (String lexicon : lexicons) {
      TsvResource.read(lexicon, columns -> {
        List<String> tokens = tokens(columns[0]);
        if (tokens.isEmpty() || tokens.size() > maxTokens) {
          return;
        }
        entries.add(String.join(" ", tokens));
        if (!(columns.length > 2 && columns[2].strip().equals("cs"))) {
          String lower = String.join(" ", tokens).toLowerCase(Locale.ROOT);
          entries.add(lower);
          entries.add(lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1));
        }
      });
    }
    return entries.stream().map(e -> gazetteClass + " " + e).toList();
  }

  /** Writes the gazette into a new temporary file, which the caller deletes. */
  static Path write(String gazetteClass, List<String> lexicons, int maxTokens) throws IOException {
    Path file = Files.createTempFile("litmine-gazette-", ".txt");
    Files.write(file, lines(gazetteClass, lexicons, maxTokens), StandardCharsets.UTF_8);
    return file;
  }
}
