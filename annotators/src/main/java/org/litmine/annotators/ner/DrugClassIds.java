package org.litmine.annotators.ner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.KeyNormalizer;
import org.litmine.annotators.lexicon.Lexicon;

/**
 * The ids of the drug classes a class target names, as ANNOTATION.md writes them: the class target lexicon's entry
 * for the whole target ("IGF-IR/InsR" → anti-igf1r), else one class per slash-separated name, each its lexicon entry
 * or its own spelling lower-cased + " inhibitor" ("EGFR/ErbB2" → egfr inhibitor, erbb2 inhibitor; "MEK1/2" stays
 * one). A receptor named with its head noun is the class of its name without it ("AT1 receptor" → at1 inhibitor).
 */
final class DrugClassIds {

  /** ANNOTATION.md's one class for every agent against IGF-IR, whatever else it also targets. */
  private static final String ANTI_IGF1R = "anti-igf1r";
  private static final Pattern RECEPTOR_HEAD = Pattern.compile("(?<=.)[ -]receptors?$", Pattern.CASE_INSENSITIVE);

  private final Lexicon classTargets;

  DrugClassIds(Lexicon classTargets) {
    this.classTargets = classTargets;
  }

  List<String> of(String target) {
    Optional<List<String>> whole = lookup(target);
    if (whole.isPresent()) {
      return List.of(whole.get().get(0));
    }
    Set<String> ids = new LinkedHashSet<>();
    String[] parts = target.split("/");
    StringBuilder numbered = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].chars().allMatch(Character::isDigit)) {
        numbered.append('/').append(parts[i]);
      } else {
        ids.add(ofName(numbered.toString()));
        numbered = new StringBuilder(parts[i]);
      }
    }
    ids.add(ofName(numbered.toString()));
    return ids.contains(ANTI_IGF1R) ? List.of(ANTI_IGF1R) : List.copyOf(ids);
  }

  private String ofName(String name) {
    return lookup(name).map(ids -> ids.get(0))
        .orElseGet(() -> KeyNormalizer.key(withoutHead(name), false) + " inhibitor");
  }

  /** The class target entry of a name, or of the name without a receptor head noun ("IGF-IR receptor"). */
  private Optional<List<String>> lookup(String name) {
    return classTargets.lookup(name).or(() -> classTargets.lookup(withoutHead(name)));
  }

  private static String withoutHead(String name) {
    return RECEPTOR_HEAD.matcher(name.strip()).replaceFirst("");
  }
}
