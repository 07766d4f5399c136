package org.litmine.annotators.ner.tagged;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.ContextVetoes;
import org.litmine.annotators.ner.EntityMatcher;
import org.litmine.annotators.ner.EntityType;

/**
 * Adds to a sentence's lexicon mentions the names the trained taggers propose that no lexicon mention overlaps.
 *
 * <p>A lexicon match always wins: a proposed span touching one is dropped. Each other span is grounded by the
 * lexicons ({@link EntityMatcher#ground}), as written, then without the generic words at its edges ("human",
 * "protein", "mRNA"; {@code rules/entities/generic_edge_words.tsv}), then without a prefix marking a modified
 * protein ("pERK", "p-AKT"; {@code rules/entities/modification_prefixes.tsv}), then written another way
 * ({@link NameVariants}: "tumour necrosis factor", "interleukin-17A", "cyclin-dependent kinases 4 and 6"); a name
 * grounded as a cancer type or drug class
 * is left to the lexicon's reading of the sentence. What stays ungrounded keeps its text and type with no id
 * ({@link BioMention#ungrounded}). A context veto rejects a proposed name as it rejects a lexicon match, and a name
 * on the stoplists (trial end points, methods, reagents: the lists the lexicons were built with) is never proposed;
 * nor is an ungrounded name followed by a word that shows it names a cell line, a study group or a strain
 * ({@code rules/entities/words_after_other_names.tsv}).
 */
public final class TrainedMentions {

  /** Shapes that name no gene or chemical: a residue ("Ser473"), a quantity ("5-50 M"). */
  private static final List<Pattern> NEVER_NAMES = neverNames("org/litmine/annotators/rules/entities/never_names.tsv");
  private static final NameVariants VARIANTS =
      NameVariants.load("org/litmine/annotators/rules/entities/spelling_variants.tsv");
  private static final Set<EntityType> KEPT = Set.of(EntityType.GENE, EntityType.FAMILY, EntityType.DRUG,
      EntityType.CHEMICAL);

  /** Proposes the mention spans of one sentence ({@link MentionTagger}). */
  public interface Tagger {
    List<TaggedSpan> tag(List<CoreLabel> tokens);
  }

  private final List<Tagger> taggers;
  private final EntityMatcher lexicons;
  private final ContextVetoes vetoes;
  private final Set<String> stoplist;
  private final Set<String> genericWords;
  private final List<String> modificationPrefixes;
  private final Set<String> wordsAfterOtherNames;

  public TrainedMentions(List<? extends Tagger> taggers, EntityMatcher lexicons, ContextVetoes vetoes,
      Set<String> stoplist, Set<String> genericWords, List<String> modificationPrefixes,
      Set<String> wordsAfterOtherNames) {
    this.taggers = List.copyOf(taggers);
    this.lexicons = lexicons;
    this.vetoes = vetoes;
    this.stoplist = Set.copyOf(stoplist);
    this.genericWords = Set.copyOf(genericWords);
    this.modificationPrefixes = List.copyOf(modificationPrefixes);
    this.wordsAfterOtherNames = Set.copyOf(wordsAfterOtherNames);
  }

  /** No taggers: adds nothing. */
  public static TrainedMentions none() {
    return new TrainedMentions(List.of(), null, ContextVetoes.none(), Set.of(), Set.of(), List.of(), Set.of());
  }

  /** Reads the first column of a data file, in file order (comments and blank lines skipped). */
  public static List<String> lines(String location) {
    List<String> lines = new ArrayList<>();
    TsvResource.read(location, cols -> lines.add(cols[0].strip()));
    return lines;
  }

  /** Reads the lower-cased first column of each data file (comments and blank lines skipped). */
  public static Set<String> words(List<String> locations) {
    Set<String> words = new HashSet<>();
    for (String location : locations) {
      lines(location).forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
    }
    return words;
  }

  public boolean isEmpty() {
    return taggers.isEmpty();
  }

  /** The mentions the taggers add to {@code found} in this sentence, in tagger order. */
  public List<BioMention> find(List<CoreLabel> tokens, List<BioMention> found) {
    List<BioMention> added = new ArrayList<>();
    for (Tagger tagger : taggers) {
      for (TaggedSpan span : tagger.tag(tokens)) {
        if (overlaps(span, found) || overlaps(span, added)) {
          continue;
        }
        mentionOf(span, tokens).map(m -> namedInBracket(m, tokens, found))
            .filter(m -> !vetoes.vetoes(m, tokens)).ifPresent(added::add);
      }
    }
    return added;
  }

  /**
   * An ungrounded gene name grounded by the one gene the bracket right after it names ("angiopoietin-like 3
   * (ANGPTL3)", "type 1 deiodinase (DIO1)", "the p19 subunit (IL23A)", "(IL-5Ra, IL5RA)"): the paper gives the name's
   * symbol. Other mentions are returned as they are.
   */
  private static BioMention namedInBracket(BioMention m, List<CoreLabel> tokens, List<BioMention> found) {
    int open = m.tokenEnd();
    if (m.grounded() || m.type() != EntityType.GENE || open >= tokens.size()
        || !"(".equals(tokens.get(open).originalText())) {
      return m;
    }
    int close = open + 1;
    while (close < tokens.size() && !")".equals(tokens.get(close).originalText())) {
      close++;
    }
    int end = close;
    List<List<String>> genes = found.stream().filter(f -> f.tokenBegin() > open && f.tokenEnd() <= end)
        .map(f -> f.type() == EntityType.GENE && f.grounded() ? f.ids() : List.<String>of()).distinct().toList();
    if (close == tokens.size() || genes.size() != 1 || genes.get(0).isEmpty()) {
      return m;
    }
    return new BioMention(EntityType.GENE, m.text(), genes.get(0), m.tokenBegin(), m.tokenEnd(), m.charBegin(),
        m.charEnd());
  }

  /**
   * The mention of a proposed span. A span that starts or ends inside a pipeline token ("tetrahydrofolate
   * reductase" of "methylene-tetrahydrofolate reductase", "Smad7" of "Smad7-deficient") is grounded first as the
   * whole tokens it touches, whose affixes the lexicon lookup strips; then as tagged.
   */
  private Optional<BioMention> mentionOf(TaggedSpan span, List<CoreLabel> tokens) {
    if (stoplist.contains(span.text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    CoreLabel first = tokens.get(span.tokenBegin());
    boolean insideTokens = first.beginPosition() < span.charBegin()
        || tokens.get(span.tokenEnd() - 1).endPosition() > span.charEnd();
    Optional<BioMention> grounded = insideTokens ? grounded(EntityMatcher.surface(tokens, span.tokenBegin(),
        span.tokenEnd()), first.beginPosition(), tokens, span) : Optional.empty();
    grounded = grounded.or(() -> grounded(span.text(), span.charBegin(), tokens, span));
    if (grounded.isPresent()) {
      return grounded.filter(m -> KEPT.contains(m.type()));
    }
    int[] core = withoutGenericEdges(span.text());
    String name = span.text().substring(core[0], core[1]);
    if (name.isEmpty() || stoplist.contains(name.toLowerCase(Locale.ROOT)) || !plausibleName(name, span.type())
        || namesSomethingElse(span, tokens)) {
      return Optional.empty();
    }
    int charBegin = span.charBegin() + core[0];
    int[] tokenSpan = tokensCovering(tokens, charBegin, charBegin + name.length(), span);
    return Optional.of(BioMention.ungrounded(span.type(), name, tokenSpan[0], tokenSpan[1], charBegin,
        charBegin + name.length()));
  }

  /** The lexicon mention a text starting at {@code charBegin} names, as written or without generic edge words. */
  private Optional<BioMention> grounded(String text, int charBegin, List<CoreLabel> tokens, TaggedSpan span) {
    int[] whole = tokensCovering(tokens, charBegin, charBegin + text.length(), span);
    Optional<BioMention> found = lexicons.ground(text, whole[0], whole[1], charBegin);
    int[] core = withoutGenericEdges(text);
    if (found.isEmpty() && core[1] > core[0] && (core[0] > 0 || core[1] < text.length())) {
      String name = text.substring(core[0], core[1]);
      int[] tokenSpan = tokensCovering(tokens, charBegin + core[0], charBegin + core[1], span);
      found = lexicons.ground(name, tokenSpan[0], tokenSpan[1], charBegin + core[0]);
    }
    for (int i = 0; found.isEmpty() && i < modificationPrefixes.size(); i++) {
      String prefix = modificationPrefixes.get(i);
      if (text.length() > prefix.length() + 1 && text.startsWith(prefix)
          && Character.isUpperCase(text.charAt(prefix.length()))) {
        found = lexicons.ground(text.substring(prefix.length()), whole[0], whole[1], charBegin + prefix.length())
            .filter(m -> m.type() == EntityType.GENE || m.type() == EntityType.FAMILY);
      }
    }
    return found.or(() -> groundedVariant(text, whole, charBegin));
  }

  /**
   * The mention, with the name as written, that another way of writing it grounds ({@link NameVariants}), or that
   * the members of a plural name ground together, each to a gene ("cyclin-dependent kinases 4 and 6": CDK4, CDK6).
   */
  private Optional<BioMention> groundedVariant(String text, int[] whole, int charBegin) {
    for (String variant : VARIANTS.of(text)) {
      Optional<BioMention> found = lexicons.ground(variant, whole[0], whole[1], charBegin);
      if (found.isPresent()) {
        BioMention m = found.get();
        return Optional.of(new BioMention(m.type(), text, m.ids(), whole[0], whole[1], charBegin,
            charBegin + text.length(), m.knownIds()));
      }
    }
    List<String> members = NameVariants.members(text);
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (String member : members) {
      Optional<BioMention> found = lexicons.ground(member, whole[0], whole[1], charBegin)
          .or(() -> VARIANTS.of(member).stream().map(v -> lexicons.ground(v, whole[0], whole[1], charBegin))
              .flatMap(Optional::stream).findFirst())
          .filter(m -> m.type() == EntityType.GENE && m.ids().size() == 1);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      ids.addAll(found.get().ids());
    }
    return ids.size() < 2 ? Optional.empty() : Optional.of(new BioMention(EntityType.GENE, text, List.copyOf(ids),
        whole[0], whole[1], charBegin, charBegin + text.length()));
  }

  /**
   * Whether the name is of a cell line, a study group or a strain: its last word, or the word after it, says so
   * ("the D2 group", "SGC7901 cells", "SGC7901/Adr cells"), unless the name ends inside a word that goes on
   * ("Smad7-deficient cells").
   */
  private boolean namesSomethingElse(TaggedSpan span, List<CoreLabel> tokens) {
    String[] words = span.text().split(" ");
    if (wordsAfterOtherNames.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return true;
    }
    CoreLabel last = tokens.get(span.tokenEnd() - 1);
    int rest = span.charEnd() - last.beginPosition();
    String lastText = last.originalText();
    boolean endsTheWord = span.charEnd() >= last.endPosition()
        || rest > 0 && rest < lastText.length() && lastText.charAt(rest) == '/';
    int next = span.tokenEnd();
    if (next + 2 < tokens.size() && "/".equals(tokens.get(next).originalText())) {
      next += 2;  // a subline: "SGC7901 / Adr cells"
    }
    return endsTheWord && next < tokens.size()
        && wordsAfterOtherNames.contains(tokens.get(next).originalText().toLowerCase(Locale.ROOT));
  }

  /** The [from, to) range of a name once generic words at its edges go ("human", "protein"). */
  private int[] withoutGenericEdges(String text) {
    String[] words = text.split(" ");
    int first = 0;
    int last = words.length;
    while (first < last && genericWords.contains(words[first].toLowerCase(Locale.ROOT))) {
      first++;
    }
    while (last > first && genericWords.contains(words[last - 1].toLowerCase(Locale.ROOT))) {
      last--;
    }
    if (first == last) {
      return new int[] {0, 0};
    }
    int from = 0;
    for (int i = 0; i < first; i++) {
      from += words[i].length() + 1;
    }
    int to = from;
    for (int i = first; i < last; i++) {
      to += words[i].length() + (i > first ? 1 : 0);
    }
    return new int[] {from, to};
  }

  /**
   * Whether an ungrounded name is shaped like one: two characters or more with a letter, starting and ending on a
   * letter or digit. One word alone must look like a symbol to be a gene ("Smad7", "TCF", "Nrf2": a digit, a
   * capital past its first letter or a letter outside ASCII, not "polymerase" or "Phase"), and must not be a
   * capitalized plain word to be a chemical ("None", "Phase"). Names of several words are kept. Brackets must
   * pair up ("beta-EP-(1-27" is cut short). A residue or a quantity ({@code never_names.tsv}) is no name.
   */
  static boolean plausibleName(String name, EntityType type) {
    if (NEVER_NAMES.stream().anyMatch(p -> p.matcher(name).matches())) {
      return false;
    }
    if (name.length() < 2 || name.chars().noneMatch(Character::isLetter)
        || !Character.isLetterOrDigit(name.codePointAt(0))
        || !Character.isLetterOrDigit(name.codePointBefore(name.length()))) {
      return false;
    }
    if (count(name, '(') != count(name, ')') || count(name, '[') != count(name, ']')) {
      return false;
    }
    if (name.indexOf(' ') >= 0) {
      return true;
    }
    boolean symbolLike = name.chars().anyMatch(c -> Character.isDigit(c) || c > 127)
        || name.substring(1).chars().anyMatch(Character::isUpperCase);
    if (type == EntityType.GENE) {
      return symbolLike;
    }
    return symbolLike || !Character.isUpperCase(name.charAt(0));
  }

  private static List<Pattern> neverNames(String resource) {
    return TsvResource.firstColumn(resource).stream().map(Pattern::compile).toList();
  }

  private static long count(String text, char c) {
    return text.chars().filter(x -> x == c).count();
  }

  private static int[] tokensCovering(List<CoreLabel> tokens, int charBegin, int charEnd, TaggedSpan span) {
    int begin = -1;
    int end = -1;
    for (int t = span.tokenBegin(); t < span.tokenEnd(); t++) {
      CoreLabel token = tokens.get(t);
      if (token.endPosition() > charBegin && token.beginPosition() < charEnd) {
        begin = begin < 0 ? t : begin;
        end = t + 1;
      }
    }
    return begin < 0 ? new int[] {span.tokenBegin(), span.tokenEnd()} : new int[] {begin, end};
  }

  private static boolean overlaps(TaggedSpan span, List<BioMention> mentions) {
    for (BioMention m : mentions) {
      if (m.charBegin() < span.charEnd() && span.charBegin() < m.charEnd()
          || m.tokenBegin() < span.tokenEnd() && span.tokenBegin() < m.tokenEnd()) {
        return true;
      }
    }
    return false;
  }
}
