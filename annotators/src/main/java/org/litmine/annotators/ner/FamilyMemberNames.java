package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.Lexicon;

/**
 * Genes named by their group's root name and a member code, as HGNC builds their symbols: "cytochrome P450 17A1",
 * "aldo-keto reductase family member 1C3", "hydroxysteroid dehydrogenase 17B3" → CYP17A1, AKR1C3, HSD17B3.
 *
 * <p>A root (from {@code gene_roots.tsv}: root name → symbol letters, derived from HGNC names by the lexicon build)
 * may be followed by up to three filler words ("family", "member", ...) and must be followed by a code (a number,
 * optionally a letter and a number: "17A1", "1C3", "2"). The mention is kept only if the letters and the code, in
 * upper case, are an approved symbol the gene lexicon grounds to itself.
 *
 * <p>A member's code after a family's name that no lexicon lists as a gene ("annexin V") is no family mention either
 * ({@link #codeFollows}).
 */
public final class FamilyMemberNames {

  private static final Pattern CODE = Pattern.compile("\\d+[A-Za-z]?\\d*");
  /**
   * A code that numbers a member after its family's name: a number ("connexin 43"), a number and a letter ("1A"), a
   * capital letter and a number ("forkhead box A2", "annexin V"), a roman numeral ("carbonic anhydrase IX") or a Greek
   * letter ("importin β").
   */
  private static final Pattern MEMBER_CODE = Pattern.compile("\\d{1,3}[A-Z]?\\d{0,2}|[A-Z]\\d{0,2}|"
      + "(?:X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})[A-Z]?|\\p{InGreek}|alpha|beta|gamma|delta|epsilon|kappa");
  private static final Set<String> FILLERS =
      Set.of("family", "subfamily", "member", "polypeptide", "isoform", "type", ",");
  private static final int MAX_FILLERS = 3;

  private final Optional<Lexicon> roots;

  private FamilyMemberNames(Optional<Lexicon> roots) {
    this.roots = roots;
  }

  public static FamilyMemberNames none() {
    return new FamilyMemberNames(Optional.empty());
  }

  /** Reads the roots from a classpath resource or file ({@code root name<TAB>symbol letters}). */
  public static FamilyMemberNames load(String location) {
    return new FamilyMemberNames(Optional.of(Lexicon.load(location)));
  }

  /** The member names in a sentence that no gene mention already covers. */
  public List<BioMention> find(List<CoreLabel> tokens, Lexicon genes, List<BioMention> mentions) {
    List<BioMention> found = new ArrayList<>();
    if (roots.isEmpty()) {
      return found;
    }
    Lexicon lexicon = roots.get();
    for (int i = 0; i < tokens.size(); i++) {
      if (!lexicon.hasFirstWord(Lexicon.firstWordOf(tokens.get(i).originalText()))) {
        continue;
      }
      for (int end = Math.min(tokens.size() - 1, i + lexicon.maxTokens()); end > i; end--) {
        Optional<List<String>> letters = lexicon.lookup(EntityMatcher.surface(tokens, i, end));
        if (letters.isEmpty()) {
          continue;
        }
        Optional<BioMention> member = member(tokens, genes, i, end, letters.get().get(0));
        if (member.isPresent() && mentions.stream().noneMatch(m -> m.type() == EntityType.GENE
            && m.tokenBegin() < member.get().tokenEnd() && member.get().tokenBegin() < m.tokenEnd())) {
          found.add(member.get());
          i = member.get().tokenEnd() - 1;
        }
        break;
      }
    }
    return found;
  }

  /**
   * Whether a member's code follows a family's name: "annexin V", "connexin 43" and "interleukin 1" name a member the
   * lexicons do not list, not the family. A code of capital letters only does not follow a name in capitals, where it
   * is a word of a title ("CYTOKINES IN HUMAN FIBROBLASTS").
   */
  static boolean codeFollows(BioMention family, List<CoreLabel> tokens) {
    int next = family.tokenEnd();
    if (next + 1 < tokens.size() && "-".equals(tokens.get(next).originalText())) {
      next++;  // "importin- β"
    }
    if (next >= tokens.size()) {
      return false;
    }
    String code = tokens.get(next).originalText().replaceFirst("(?<=.)\\.$", "");  // "annexin V." ends a sentence
    boolean capitalsOnly = code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    boolean nameInCapitals = family.text().equals(family.text().toUpperCase(Locale.ROOT));
    return MEMBER_CODE.matcher(code).matches() && !(capitalsOnly && nameInCapitals);
  }

  private static Optional<BioMention> member(List<CoreLabel> tokens, Lexicon genes, int begin, int rootEnd,
      String letters) {
    int j = rootEnd;
    while (j < tokens.size() && j - rootEnd < MAX_FILLERS
        && FILLERS.contains(tokens.get(j).originalText().toLowerCase(Locale.ROOT))) {
      j++;
    }
    if (j >= tokens.size() || !CODE.matcher(tokens.get(j).originalText()).matches()) {
      return Optional.empty();
    }
    String symbol = letters + tokens.get(j).originalText().toUpperCase(Locale.ROOT);
    if (!genes.lookup(symbol).equals(Optional.of(List.of(symbol)))) {
      return Optional.empty();
    }
    return Optional.of(new BioMention(EntityType.GENE, EntityMatcher.surface(tokens, begin, j + 1), List.of(symbol),
        begin, j + 1, tokens.get(begin).beginPosition(), tokens.get(j).endPosition()));
  }
}
