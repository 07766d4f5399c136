package org.litmine.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.read.jats.JatsPaperReader;

/**
 * The readers litmine knows, chosen by file name, and the checksum every input gets. Before a reader runs, the file
 * must be readable, not empty and within {@link ReadLimits#maxFileBytes}; after it, the body text must be within
 * {@link ReadLimits#maxCharacters}.
 */
public final class PaperReaders {

  private final List<PaperReader> readers;
  private final ReadLimits limits;

  public PaperReaders(List<PaperReader> readers) {
    this(readers, ReadLimits.NONE);
  }

  public PaperReaders(List<PaperReader> readers, ReadLimits limits) {
    this.readers = List.copyOf(readers);
    this.limits = limits;
  }

  /** The readers of every supported format, with no limits. */
  public static PaperReaders all() {
    return all(ReadLimits.NONE);
  }

  /** The readers of every supported format, within the given limits. */
  public static PaperReaders all(ReadLimits limits) {
    return new PaperReaders(List.of(new PdfPaperReader(limits), new JatsPaperReader(),
        new TextPaperReader()), limits);
  }

  public Optional<PaperReader> readerFor(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return readers.stream().filter(r -> r.accepts(name)).findFirst();
  }

  /** Why the reader of {@code path} would refuse it, if its first bytes tell ({@link PaperReader#unlikelyReadable}). */
  public Optional<String> unlikelyReadable(Path path) {
    return readerFor(path).flatMap(reader -> reader.unlikelyReadable(path));
  }

  public boolean supports(Path path) {
    return readerFor(path).isPresent();
  }

  /**
   * Which of a paper's formats to read when one folder holds it in several under one name (a PMC package's
   * {@code fulltext.xml} and {@code fulltext.pdf}): the publisher's JATS first (exact text and structure), then the
   * PDF, then plain text. Lower is preferred.
   */
  public int twinPreference(Path path) {
    return switch (readerFor(path).map(PaperReader::format).orElse("")) {
      case "jats" -> 0;
      case "pdf" -> 1;
      case "text" -> 2;
      default -> 3;
    };
  }

  public Paper read(Path path) throws ReadException {
    PaperReader reader = readerFor(path).orElseThrow(() -> new ReadException("unsupported file type"));
    if (!Files.isReadable(path)) {
      throw new ReadException("file is not readable (permission denied)");
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw new ReadException("cannot read file: " + e.getMessage(), e);
    }
    if (size == 0) {
      throw new ReadException("empty file (0 bytes)");
    }
    limits.checkSize(size);
    Paper paper = reader.read(path, sha256(path));
    limits.checkCharacters(characters(paper));
    return paper;
  }

  /** The characters of a paper's body text. */
  public static int characters(Paper paper) {
    long chars = 0;
    for (var section : paper.sections()) {
      for (var paragraph : section.paragraphs()) {
        chars += paragraph.text().length();
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, chars);
  }

  public static String sha256(Path path) throws ReadException {
    try (InputStream in = Files.newInputStream(path)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new ReadException("cannot read file: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
