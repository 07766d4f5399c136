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

/** The readers litmine knows, chosen by file name, and the checksum every input gets. */
public final class PaperReaders {

  private final List<PaperReader> readers;

  public PaperReaders(List<PaperReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** The readers of every supported format. */
  public static PaperReaders all() {
    return new PaperReaders(List.of(new PdfPaperReader(), new JatsPaperReader(), new TextPaperReader()));
  }

  public Optional<PaperReader> readerFor(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return readers.stream().filter(r -> r.accepts(name)).findFirst();
  }

  public boolean supports(Path path) {
    return readerFor(path).isPresent();
  }

  public Paper read(Path path) throws ReadException {
    PaperReader reader = readerFor(path).orElseThrow(() -> new ReadException("unsupported file type"));
    if (!Files.isReadable(path)) {
      throw new ReadException("file is not readable (permission denied)");
    }
    return reader.read(path, sha256(path));
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
