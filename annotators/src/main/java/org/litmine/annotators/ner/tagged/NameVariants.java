package org.litmine.annotators.ner.tagged;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * Other ways of writing a name a trained tagger proposes, for {@link TrainedMentions} to look up when the name as
 * written grounds to nothing: British parts spelled the American way ({@code rules/entities/spelling_variants.tsv}:
 * "tumour necrosis factor"), a hyphen before a number written as a space ("interleukin-17A": "interleukin 17A"), a
 * hyphen between two words written as a space or a slash ("sodium-glucose cotransporter 2": "sodium glucose ...",
 * "sodium/glucose ..."); and the members a plural name with numbered members stands for ("cyclin-dependent kinases 4
 * and 6": "cyclin-dependent kinase 4", "cyclin-dependent kinase 6").
 */
final class NameVariants {

  private static final Pattern DASH_BEFORE_NUMBER = Pattern.compile("(?<=\\p{L}{3})-(?=\\p{N})");
  /** Not before "like": "chymotrypsin-like activity" is no protein named "chymotrypsin like". */
  private static final Pattern DASH_BETWEEN_WORDS = Pattern.compile("(?<=\\p{Ll}{3})-(?=\\p{Ll}{3})(?!like\\b)");
  /** A plural head and two or more member numbers or letters: "kinases 4 and 6", "receptors 1, 2 and 3". */
  private static final Pattern NUMBERED_MEMBERS = Pattern.compile(
      "(?<head>.*\\p{Ll}{3})s (?<first>\\p{N}{1,2}\\p{Lu}?|\\p{Lu})(?<middle>(?:, (?:\\p{N}{1,2}\\p{Lu}?|\\p{Lu}))*),?"
          + " (?:and|or) (?<last>\\p{N}{1,2}\\p{Lu}?|\\p{Lu})");

  private final List<Pattern> british = new ArrayList<>();
  private final List<String> american = new ArrayList<>();

  private NameVariants(List<String[]> spellings) {
    for (String[] pair : spellings) {
      british.add(Pattern.compile("(?i)" + Pattern.quote(pair[0])));
      american.add(pair[1]);
    }
  }

  /** The variants of a spelling file ({@code british<TAB>american}). */
  static NameVariants load(String location) {
    List<String[]> pairs = new ArrayList<>();
    TsvResource.read(location, cols -> {
      if (cols.length < 2) {
        throw new IllegalArgumentException(
            location + ": expected british<TAB>american, got " + String.join("\t", cols));
      }
      pairs.add(new String[] {cols[0].strip(), cols[1].strip()});
    });
    return new NameVariants(pairs);
  }

  /** The other ways of writing {@code name}, in a fixed order, the name itself not among them. */
  List<String> of(String name) {
    Set<String> spelled = new LinkedHashSet<>(List.of(name, american(name)));
    Set<String> out = new LinkedHashSet<>(spelled);
    for (String s : spelled) {
      String spaced = DASH_BEFORE_NUMBER.matcher(s).replaceAll(" ");
      out.add(spaced);
      out.add(DASH_BETWEEN_WORDS.matcher(spaced).replaceAll(" "));
      out.add(DASH_BETWEEN_WORDS.matcher(spaced).replaceAll("/"));
    }
    out.remove(name);
    return List.copyOf(out);
  }

  /** The names of the members a plural name with numbered members stands for, or none. */
  static List<String> members(String name) {
    Matcher m = NUMBERED_MEMBERS.matcher(name);
    if (!m.matches()) {
      return List.of();
    }
    List<String> members = new ArrayList<>();
    members.add(m.group("head") + " " + m.group("first"));
    for (String middle : m.group("middle").split(", ")) {
      if (!middle.isBlank()) {
        members.add(m.group("head") + " " + middle.strip());
      }
    }
    members.add(m.group("head") + " " + m.group("last"));
    return members;
  }

  private String american(String name) {
    String out = name;
    for (int i = 0; i < british.size(); i++) {
      out = british.get(i).matcher(out).replaceAll(american.get(i));
    }
    return out.equals(name) ? name : out.toLowerCase(Locale.ROOT);
  }
}
