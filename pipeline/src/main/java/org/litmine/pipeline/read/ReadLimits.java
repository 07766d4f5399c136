package org.litmine.pipeline.read;

import java.io.Serializable;

/**
 * The limits a reader enforces before it spends memory and time on a file: its size in bytes (checked before
 * reading), its pages (checked after the PDF is opened, before its text is extracted) and the characters of its body
 * text (checked after reading, before annotation). A value of 0 means no limit. Each is refused with a one-line
 * reason naming the option that sets it.
 */
public record ReadLimits(long maxFileBytes, int maxPages, int maxCharacters) implements Serializable {

  /** No limit at all. */
  public static final ReadLimits NONE = new ReadLimits(0, 0, 0);

  public ReadLimits {
    if (maxFileBytes < 0 || maxPages < 0 || maxCharacters < 0) {
      throw new IllegalArgumentException("limits cannot be negative");
    }
  }

  void checkSize(long bytes) throws ReadException {
    if (maxFileBytes > 0 && bytes > maxFileBytes) {
      throw new ReadException(String.format(java.util.Locale.ROOT,
          "file too large: %.1f MB, more than --maxFileMegabytes=%d", bytes / 1e6, maxFileBytes / 1_000_000));
    }
  }

  void checkPages(int pages) throws ReadException {
    if (maxPages > 0 && pages > maxPages) {
      throw new ReadException("document too long: " + pages + " pages, more than --maxPages=" + maxPages);
    }
  }

  void checkCharacters(int characters) throws ReadException {
    if (maxCharacters > 0 && characters > maxCharacters) {
      throw new ReadException("document too long: " + characters + " characters of text, more than --maxCharacters="
          + maxCharacters);
    }
  }
}
