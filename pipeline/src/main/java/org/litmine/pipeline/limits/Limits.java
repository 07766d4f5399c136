package org.litmine.pipeline.limits;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.litmine.pipeline.options.LitmineOptions;
import org.litmine.pipeline.read.ReadLimits;

/**
 * The limits of one run, from {@link LitmineOptions} (see there and the README's "Limits" section for the defaults):
 * a time budget per document and stage, the size, page and character limits of {@link ReadLimits}, the longest
 * sentence handed to the parser, and the languages a document may be in ({@link #anyLanguage} when the list is
 * empty).
 */
public record Limits(int timeBudgetSeconds, ReadLimits read, int maxSentenceTokens, List<String> languages)
    implements Serializable {

  public Limits {
    languages = List.copyOf(languages);
    if (timeBudgetSeconds < 0 || maxSentenceTokens < 0) {
      throw new IllegalArgumentException("--timeBudgetSeconds and --maxSentenceTokens cannot be negative");
    }
  }

  public static Limits of(LitmineOptions options) {
    String languages = options.getLanguages().strip().toLowerCase(Locale.ROOT);
    return new Limits(options.getTimeBudgetSeconds(),
        new ReadLimits(options.getMaxFileMegabytes() * 1_000_000L, options.getMaxPages(), options.getMaxCharacters()),
        options.getMaxSentenceTokens(),
        languages.isEmpty() || languages.equals("any") ? List.of()
            : Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  /** The limits as the option words that set them, for {@code manifest.json}. */
  public Map<String, String> asOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("timeBudgetSeconds", Integer.toString(timeBudgetSeconds));
    options.put("maxFileMegabytes", Long.toString(read.maxFileBytes() / 1_000_000));
    options.put("maxPages", Integer.toString(read.maxPages()));
    options.put("maxCharacters", Integer.toString(read.maxCharacters()));
    options.put("maxSentenceTokens", Integer.toString(maxSentenceTokens));
    options.put("languages", anyLanguage() ? "any" : String.join(",", languages));
    return options;
  }

  public TimeBudget timeBudget() {
    return new TimeBudget(timeBudgetSeconds);
  }

  public boolean anyLanguage() {
    return languages.isEmpty();
  }
}
