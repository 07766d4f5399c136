package org.litmine.pipeline.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.LexiconSet;
import org.litmine.annotators.lexicon.TsvResource;
import org.litmine.pipeline.output.RunTriples;

/**
 * CURIEs for the nodes and publications of the export.
 *
 * <ul>
 *   <li>Genes: {@code HGNC:<number>} from the annotators' {@code lexicons/hgnc_ids.tsv} (generated with the gene
 *       lexicon by {@code annotators/lexicon-sources/build_lexicons.py}); a symbol not in it gets
 *       {@code HGNC.SYMBOL:<symbol>}.</li>
 *   <li>Named drugs: {@code LITMINE.DRUG:<name>}; classes: {@code LITMINE.CLASS:<name>}. The drug lexicon gives
 *       normalized names, not database ids, so no CHEBI or PubChem id is claimed.</li>
 *   <li>Documents: {@code doi:<DOI>} where the doc id is a DOI, else {@code LITMINE.DOC:<doc>}.</li>
 * </ul>
 * A local part keeps letters, digits and {@code . _ - / + ( )}; a space becomes {@code _}; anything else is
 * percent-encoded, so a CURIE never holds a tab, a space or a {@code |} (KGX's list separator).
 */
public final class Curies {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._\\-/+()]*");

  private final Map<String, String> hgnc;

  private Curies(Map<String, String> hgnc) {
    this.hgnc = hgnc;
  }

  /** The CURIEs with litmine's HGNC table. */
  public static Curies load() {
    Map<String, String> hgnc = new HashMap<>();
    TsvResource.read(LexiconSet.RESOURCE_DIR + "hgnc_ids.tsv", columns -> hgnc.put(columns[0], columns[1]));
    return new Curies(hgnc);
  }

  public String gene(String symbol) {
    return hgnc.getOrDefault(symbol, "HGNC.SYMBOL:" + local(symbol));
  }

  /** A name no lexicon grounds, as written: a node with no database id. */
  public String name(String text) {
    return "LITMINE.NAME:" + local(text);
  }

  /** A gene family, by its family id ({@code families.tsv}): no database id is claimed for it. */
  public String family(String id) {
    return "LITMINE.FAMILY:" + local(id);
  }

  /** A named drug ({@code drugKind} "drug") or a class ("class"). */
  public String drug(String name, String drugKind) {
    if (RunTriples.NAME.equals(drugKind)) {
      return name(name);
    }
    return ("class".equals(drugKind) ? "LITMINE.CLASS:" : "LITMINE.DRUG:") + local(name);
  }

  public String publication(String doc) {
    return doc.startsWith("10.") && doc.contains("/") ? "doi:" + local(doc) : "LITMINE.DOC:" + local(doc);
  }

  /** The local part of a CURIE for a name. */
  static String local(String name) {
    String underscored = name.strip().replaceAll("\\s+", "_");
    if (SAFE.matcher(underscored).matches()) {
      return underscored;
    }
    StringBuilder out = new StringBuilder();
    underscored.codePoints().forEach(cp -> {
      String ch = new String(Character.toChars(cp));
      out.append(SAFE.matcher(ch).matches() ? ch : URLEncoder.encode(ch, StandardCharsets.UTF_8));
    });
    return out.toString();
  }
}
