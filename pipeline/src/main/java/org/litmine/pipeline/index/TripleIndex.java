package org.litmine.pipeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.OutputFiles;
import org.litmine.pipeline.output.RunTriples;
import org.litmine.pipeline.output.TripleRecord;

/**
 * Builds the Lucene index {@code out/index/} from a run's {@code triples.jsonl} and {@code family_triples.jsonl}
 * ({@link RunTriples}), one document per evidence sentence with its triple's fields ({@link IndexFields}); a family's
 * id stands in the {@code gene} field, with {@code geneKind} {@code family}. It streams the files, so memory does not
 * grow with the corpus. The index is
 * built beside the target and moved into place when complete.
 */
public final class TripleIndex {

  /** The index folder inside a run's output folder. */
  public static final String FOLDER = "index";

  private TripleIndex() {}

  /** Indexes every evidence sentence of the triples of {@code runDir} into {@code target} (replaced if it exists). */
  public static void build(Path runDir, Path target) {
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    OutputFiles.deleteTree(tmp);
    try {
      IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      try (FSDirectory dir = FSDirectory.open(tmp); IndexWriter writer = new IndexWriter(dir, config)) {
        RunTriples.forEach(runDir, (triple, geneKind) -> add(writer, triple, geneKind));
        writer.forceMerge(1);
      }
      OutputFiles.deleteTree(target);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the index " + target + ": " + e.getMessage(), e);
    }
  }

  /** Adds one document per evidence sentence of the triple. */
  static void add(IndexWriter writer, TripleRecord triple, String geneKind) throws IOException {
    for (Evidence e : triple.evidence()) {
      Document d = new Document();
      d.add(new KeywordField(IndexFields.DOC, triple.doc(), Field.Store.YES));
      d.add(new KeywordField(IndexFields.GENE, triple.gene(), Field.Store.YES));
      d.add(new KeywordField(IndexFields.GENE_KIND, geneKind, Field.Store.YES));
      d.add(new KeywordField(IndexFields.DRUG, triple.drug(), Field.Store.YES));
      d.add(new KeywordField(IndexFields.DRUG_KIND, triple.drugKind(), Field.Store.YES));
      d.add(new KeywordField(IndexFields.EFFECT, triple.effect(), Field.Store.YES));
      d.add(new StringField(IndexFields.NEGATED, Boolean.toString(triple.negated()), Field.Store.YES));
      d.add(new StringField(IndexFields.HEDGED, Boolean.toString(e.hedged()), Field.Store.YES));
      d.add(new KeywordField(IndexFields.SECTION, e.section() == null ? "" : e.section(), Field.Store.YES));
      d.add(new TextField(IndexFields.SENTENCE, e.sentence(), Field.Store.YES));
      d.add(new StoredField(IndexFields.PAGE, e.page()));
      d.add(new StoredField(IndexFields.GENE_TEXT, e.geneText()));
      d.add(new StoredField(IndexFields.DRUG_TEXT, e.drugText()));
      d.add(new StoredField(IndexFields.RULE, e.rule() == null ? "" : e.rule()));
      d.add(new StoredField(IndexFields.CONFIDENCE, triple.confidence()));
      writer.addDocument(d);
    }
  }
}
