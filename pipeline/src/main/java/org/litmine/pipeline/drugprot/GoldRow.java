package org.litmine.pipeline.drugprot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A line of a DrugProt gold TSV: {@code pmid, chemical_mention, gene_mention, drugprot_relation, sentence}. */
public record GoldRow(String pmid, String chemical, String gene, String relation, String sentence) {

  /** Reads the TSV; lines starting with '#' and blank lines are skipped. */
  public static List<GoldRow> read(Path tsv) throws IOException {
    List<GoldRow> rows = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 4) {
        throw new IOException(tsv + " line " + n + ": expected pmid, chemical, gene, relation, sentence");
      }
      rows.add(new GoldRow(f[0].trim(), f[1], f[2], f[3].trim().toUpperCase(java.util.Locale.ROOT),
          f.length > 4 ? f[4] : ""));
    }
    return rows;
  }
}
