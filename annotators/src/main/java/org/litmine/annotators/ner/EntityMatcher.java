package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litmine.annotators.lexicon.KeyNormalizer;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.lexicon.LexiconSet;

/**
 * Finds entity mentions in one sentence's tokens by lexicon lookup, in three passes.
 *
 * <ol>
 *   <li>Spans: the longest run of tokens that a lexicon lists, in {@link EntityType#LOOKUP_ORDER}.
 *   <li>Inside spans: a span no lexicon lists is read as a slash list of genes ("IGF-IR/InsR", "Erk1/2", where a
 *       bare number borrows the stem before it), then both again without its affixes ("cisplatin-resistant",
 *       "anti-IGF-IR", "EGFR/ErbB2-targeted").
 *   <li>Classes: a gene, family or class target followed by a head word ("mTOR inhibitors", "anti-IGF-IR mAb",
 *       "IGF-IR-targeted agents") becomes a {@link EntityType#DRUG_CLASS} mention spanning both
 *       ({@link TargetClassNames}).
 * </ol>
 *
 * <p>Mentions of ambiguous short surfaces are dropped in the contexts {@link ContextVetoes} lists ("ER stress"), and
 * family names followed by a member's code that no lexicon lists ("annexin V", {@link FamilyMemberNames#codeFollows}).
 * Genes the lexicon cannot list are then added: group members named by root and code ({@link FamilyMemberNames})
 * lower-case gene words where the context marks a gene ({@link GeneWordsInContext}), receptor subtypes sharing a
 * head noun ("D2 and D3 receptors", {@link SharedHeadSubtypes}) and symbols hyphenated before their number
 * ("Elk-1", {@link GeneLists#dashedNumbers}); unlisted drugs are read from
 * the stem of their name or their code prefix ({@link UnlistedDrugNames}), chemicals from the parts of their
 * systematic name ({@link SystematicChemicalNames}); a drug's salt and radiolabel are taken
 * into its mention ({@link SaltAndLabelForms}).
 *
 * <p>A drug written as a code name is emitted as that code name, normalized ({@link CodeNames}); the generic
 * name the lexicon knows for it stays in {@link BioMention#knownIds()}.
 *
 * <p>It holds no state between sentences and is safe to share between threads.
 */
public final class EntityMatcher {

  private static final String PREFIX = "prefix";
  private static final String SUFFIX = "suffix";
  /** A suffix that, before a protein noun, names another protein: "ATM-related kinase" is ATR, not ATM. */
  private static final String KIN_SUFFIX = "kin-suffix";
  private static final String KIN_HEAD = "kin-head";
  /** A noun naming another protein right after a gene's name: "PPARγ coactivator 1β" is PPARGC1B, not PPARG. */
  private static final String KIN_NOUN = "kin-noun";
  /** A gene symbol with a lower-case word hyphenated to it: "BCOR-altered", "KRAS-mutated". */
  private static final java.util.regex.Pattern GENE_DASH_WORD =
      java.util.regex.Pattern.compile("([^-]*[A-Z0-9][^-]*(?:-[^-]*[A-Z0-9][^-]*)*)-[a-z]{4,}");
  /** The longest span of tokens looked up, whatever the lexicons hold. */
  private static final int MAX_SPAN = 12;

  private final LexiconSet lexicons;
  private final GeneLists geneLists;
  private final ContextVetoes vetoes;
  private final FamilyMemberNames members;
  private final GeneWordsInContext geneWords;
  private final UnlistedDrugNames unlistedDrugs;
  private final SystematicChemicalNames systematicNames;
  private final TargetClassNames classNames;
  private final SaltAndLabelForms saltAndLabelForms;
  private final SharedHeadSubtypes sharedHeadSubtypes;

  public EntityMatcher(LexiconSet lexicons, ContextVetoes vetoes, FamilyMemberNames members,
      GeneWordsInContext geneWords, UnlistedDrugNames unlistedDrugs, SystematicChemicalNames systematicNames) {
    this.lexicons = lexicons;
    this.geneLists = new GeneLists(lexicons.of(EntityType.GENE));
    this.vetoes = vetoes;
    this.members = members;
    this.geneWords = geneWords;
    this.unlistedDrugs = unlistedDrugs;
    this.systematicNames = systematicNames;
    this.classNames = new TargetClassNames(lexicons.classTargets(), lexicons.classWords());
    this.saltAndLabelForms = new SaltAndLabelForms(lexicons.affixes());
    this.sharedHeadSubtypes = new SharedHeadSubtypes(lexicons.affixes());
  }

  /** The mentions in a sentence, sorted by start and end token; classes overlap the genes they name. */
  public List<BioMention> find(List<CoreLabel> tokens) {
    List<BioMention> mentions = new ArrayList<>();
    int longest = 1;
    for (EntityType type : EntityType.LOOKUP_ORDER) {
      longest = Math.max(longest, lexicons.of(type).maxTokens());
    }
    longest = Math.min(longest, MAX_SPAN);
    int i = 0;
    while (i < tokens.size()) {
      if (!mayStartAName(tokens.get(i).originalText()) && !joinedMayStartAName(tokens, i)) {
        i++;
        continue;
      }
      Optional<BioMention> span = longestSpan(tokens, i, longest);
      if (span.isPresent()) {
        mentions.add(span.get());
        i = span.get().tokenEnd();
      } else {
        i++;
      }
    }
    mentions.removeIf(m -> vetoes.vetoes(m, tokens)
        || m.type() == EntityType.FAMILY && FamilyMemberNames.codeFollows(m, tokens));
    mentions.addAll(genesNamingSubtypes(tokens, mentions));
    Lexicon genes = lexicons.of(EntityType.GENE);
    for (BioMention member : members.find(tokens, genes, mentions)) {
      mentions.removeIf(m -> m.within(member));
      mentions.add(member);
    }
    mentions.addAll(geneWords.find(tokens, genes, mentions));
    mentions.addAll(sharedHeadSubtypes.find(tokens, genes, mentions));
    mentions.addAll(geneLists.dashedNumbers(tokens, mentions));
    mentions.addAll(geneLists.listedNumbers(tokens, mentions));
    unlistedDrugs.addTo(tokens, mentions, this::isDrugName);
    saltAndLabelForms.widen(tokens, mentions);  // a drug's salt ("dihydrochloride") is no chemical of its own
    systematicNames.addTo(tokens, mentions, suffix -> isAffix(suffix, SUFFIX));
    saltAndLabelForms.widen(tokens, mentions);
    classNames.addTo(tokens, mentions);
    mentions.addAll(codeNamesAfterHeads(tokens, mentions));
    mentions.sort(BioMention.IN_ORDER);
    return mentions;
  }

  /**
   * The genes that name a cancer subtype at its start ("HER2-positive breast cancer", "BRAF-mutant melanoma"): the
   * subtype stays a cancer mention and its gene is a mention too, as a class's target is ("EGFR inhibitors").
   */
  private List<BioMention> genesNamingSubtypes(List<CoreLabel> tokens, List<BioMention> mentions) {
    List<BioMention> genes = new ArrayList<>();
    for (BioMention m : mentions) {
      if (m.type() == EntityType.CANCER && m.tokenEnd() - m.tokenBegin() > 1) {
        longestSpan(tokens, m.tokenBegin(), m.tokenEnd() - m.tokenBegin() - 1)
            .filter(g -> (g.type() == EntityType.GENE || g.type() == EntityType.FAMILY) && !vetoes.vetoes(g, tokens))
            .ifPresent(genes::add);
      }
    }
    return genes;
  }

  /**
   * Whether the drug or chemical lexicon lists this lower-case word as a drug's own name: its id is the word
   * ("cetirizine"), not another name it stands for (the brand "Terial" is chlorpyrifos).
   */
  private boolean isDrugName(String word) {
    return lexicons.of(EntityType.DRUG).lookup(word).filter(ids -> ids.contains(word)).isPresent()
        || lexicons.of(EntityType.CHEMICAL).lookup(word).filter(ids -> ids.contains(word)).isPresent();
  }

  /**
   * Whether a name may start with the token and the one after it where no space parts them, as the text writes them:
   * the tokenizer splits a name such as "Nav1.5" into "Nav" and "1.5", whose first word ("nav1", up to the dot)
   * neither token has alone.
   */
  private boolean joinedMayStartAName(List<CoreLabel> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i).endPosition() == tokens.get(i + 1).beginPosition()
        && mayStartAName(tokens.get(i).originalText() + tokens.get(i + 1).originalText());
  }

  /** Whether any lexicon has a name starting as this token does, with or without a prefix ("anti-"). */
  private boolean mayStartAName(String token) {
    String word = Lexicon.firstWordOf(token);
    String unprefixed = Lexicon.firstWordOf(token.substring(core(token)[0]));
    for (EntityType type : EntityType.LOOKUP_ORDER) {
      if (lexicons.of(type).hasFirstWord(word) || lexicons.of(type).hasFirstWord(unprefixed)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The longest span starting at {@code begin} that names an entity: as written, as a slash list of genes, or
   * either of these once affixes are stripped ("cisplatin-resistant", "anti-IGF-IR", "EGFR/ErbB2-targeted").
   */
  private Optional<BioMention> longestSpan(List<CoreLabel> tokens, int begin, int longest) {
    for (int end = Math.min(tokens.size(), begin + longest); end > begin; end--) {
      String surface = surface(tokens, begin, end);
      int charBegin = tokens.get(begin).beginPosition();
      Optional<BioMention> found = named(surface, begin, end, charBegin);
      if (found.isEmpty()) {
        int[] core = core(surface);
        if (core[1] < surface.length() && namesAKin(surface.substring(core[1]), tokens, end)) {
          continue;
        }
        if (core[0] > 0 || core[1] < surface.length()) {
          found = named(surface.substring(core[0], core[1]), begin, end, charBegin + core[0]);
        }
      }
      if (found.isEmpty() && end == begin + 1) {
        found = geneBeforeDashWord(surface, begin, charBegin, tokens);
      }
      if (found.isPresent() && (kinSuffixAfter(tokens, end) || kinNounAfter(found.get(), tokens, end))) {
        return Optional.empty();  // "PGC-1 α -related coactivator", "PPARγ coactivator 1β": another protein
      }
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Whether a stripped suffix ("-related") and the token after it ("kinase") name another protein. */
  private boolean namesAKin(String suffix, List<CoreLabel> tokens, int next) {
    return isAffix(suffix, KIN_SUFFIX) && next < tokens.size() && isAffix(tokens.get(next).originalText(), KIN_HEAD);
  }

  /** Whether a kin suffix written as its own token(s) ("-related", or "-" and "related") and a kin head follow. */
  private boolean kinSuffixAfter(List<CoreLabel> tokens, int end) {
    if (end >= tokens.size()) {
      return false;
    }
    String next = tokens.get(end).originalText();
    if ("-".equals(next) && end + 1 < tokens.size()) {
      return namesAKin("-" + tokens.get(end + 1).originalText(), tokens, end + 2);
    }
    return namesAKin(next, tokens, end + 1);
  }

  /** Whether a gene's name is followed by a noun that makes it another protein's name ("PPARγ coactivator"). */
  private boolean kinNounAfter(BioMention found, List<CoreLabel> tokens, int end) {
    return found.type() == EntityType.GENE && end < tokens.size() && isAffix(tokens.get(end).originalText(), KIN_NOUN);
  }

  /**
   * A gene written with a lower-case word hyphenated to it that the affix list lacks ("BCOR-altered"): the gene,
   * unless the word names another protein after it ({@link #namesAKin}).
   */
  private Optional<BioMention> geneBeforeDashWord(String token, int begin, int charBegin, List<CoreLabel> tokens) {
    java.util.regex.Matcher m = GENE_DASH_WORD.matcher(token);
    if (!m.matches() || namesAKin(token.substring(m.end(1)), tokens, begin + 1)) {
      return Optional.empty();
    }
    String gene = m.group(1);
    return lexicons.of(EntityType.GENE).lookup(gene).map(ids ->
        new BioMention(EntityType.GENE, gene, ids, begin, begin + 1, charBegin, charBegin + gene.length()));
  }

  /**
   * The mention a name stands for where a lexicon lists it, as written or without its affixes ("anti-FOO"), or
   * where it is a slash list of genes: how a name a trained tagger proposes is grounded.
   */
  public Optional<BioMention> ground(String text, int tokenBegin, int tokenEnd, int charBegin) {
    Optional<BioMention> found = named(text, tokenBegin, tokenEnd, charBegin);
    int[] core = core(text);
    if (found.isEmpty() && core[1] > core[0] && (core[0] > 0 || core[1] < text.length())) {
      found = named(text.substring(core[0], core[1]), tokenBegin, tokenEnd, charBegin + core[0]);
    }
    return found;
  }

  /** A mention for text spanning tokens [begin, end), if a lexicon lists it or it is a slash list of genes. */
  private Optional<BioMention> named(String text, int begin, int end, int charBegin) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String key = KeyNormalizer.key(text, true);
    for (EntityType type : EntityType.LOOKUP_ORDER) {
      Optional<List<String>> ids = lexicons.of(type).lookupKey(key);
      if (ids.isPresent()) {
        List<String> emitted = type.isDrugLike() && CodeNames.isCode(text)
            ? List.of(CodeNames.normalize(text)) : ids.get();
        return Optional.of(new BioMention(type, text, emitted, begin, end, charBegin, charBegin + text.length(),
            ids.get()));
      }
    }
    return geneLists.slashed(text).or(() -> geneLists.hyphenated(text)).map(ids ->
        new BioMention(EntityType.GENE, text, ids, begin, end, charBegin, charBegin + text.length()));
  }

  /**
   * The [from, to) range of text once a leading prefix ("anti-"), trailing suffixes ("-resistant") and a trailing
   * sign of status ("ER+", "BCR/ABL+", "ErbB2−") go.
   */
  private int[] core(String text) {
    int from = 0;
    int to = text.length();
    for (int cut = text.indexOf('-'); cut > 0 && cut < text.length() - 1; cut = text.indexOf('-', cut + 1)) {
      if (isAffix(text.substring(0, cut + 1), PREFIX)) {
        from = cut + 1;
        break;
      }
    }
    for (int cut = text.lastIndexOf('-'); cut > from; cut = text.lastIndexOf('-', cut - 1)) {
      if (isAffix(text.substring(cut), SUFFIX)) {
        to = cut;
      }
    }
    while (to - from > 1 && (text.charAt(to - 1) == '+' || text.charAt(to - 1) == '\u2212')
        && text.charAt(to - 2) != ' ') {
      to--;
    }
    return new int[] {from, to};
  }

  private boolean isAffix(String affix, String kind) {
    return lexicons.affixes().lookup(affix).map(ids -> ids.contains(kind)).orElse(false);
  }

  /**
   * A code name right after a class head is a drug even when no lexicon lists it: "the MEK inhibitor AZD6244",
   * "the dual IGF-IR/Src inhibitor LL28".
   */
  private static List<BioMention> codeNamesAfterHeads(List<CoreLabel> tokens, List<BioMention> mentions) {
    List<BioMention> drugs = new ArrayList<>();
    for (BioMention m : mentions) {
      int next = m.tokenEnd();
      if (m.type() != EntityType.DRUG_CLASS || next >= tokens.size()) {
        continue;
      }
      String text = tokens.get(next).originalText();
      boolean covered = mentions.stream().anyMatch(o -> o.covers(next));
      if (!covered && CodeNames.isCode(text) && drugs.stream().noneMatch(d -> d.tokenBegin() == next)) {
        drugs.add(new BioMention(EntityType.DRUG, text, List.of(CodeNames.normalize(text)), next, next + 1,
            tokens.get(next).beginPosition(), tokens.get(next).endPosition()));
      }
    }
    return drugs;
  }

  /** The text of tokens [begin, end) as written, with a space wherever the source had whitespace. */
  public static String surface(List<CoreLabel> tokens, int begin, int end) {
    StringBuilder out = new StringBuilder();
    for (int i = begin; i < end; i++) {
      CoreLabel token = tokens.get(i);
      if (i > begin && token.beginPosition() > tokens.get(i - 1).endPosition()) {
        out.append(' ');
      }
      out.append(token.originalText());
    }
    return out.toString();
  }
}
