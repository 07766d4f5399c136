package org.litmine.annotators.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyNormalizer} gives every key of the shared fixture, which {@code key()} of
 * {@code annotators/lexicon-sources/build_lexicons.py} is checked against too ({@code regenerate_lexicons.py}): the
 * lexicons are built with the keys they are looked up with.
 */
class KeyNormalizerFixtureTest {

  static final String FIXTURE = "org/litmine/annotators/lexicon/key_fixture.tsv";

  @Test
  void everyFixtureKeyIsTheKeyKeyNormalizerMakes() {
    List<String> wrong = new ArrayList<>();
    int[] rows = {0};
    TsvResource.read(FIXTURE, cols -> {
      rows[0]++;
      boolean caseSensitive = switch (cols[1]) {
        case "cs" -> true;
        case "ci" -> false;
        default -> throw new IllegalArgumentException("expected cs or ci, got " + cols[1]);
      };
      String key = KeyNormalizer.key(cols[0], caseSensitive);
      if (!key.equals(cols[2])) {
        wrong.add(cols[0] + " (" + cols[1] + "): " + key + ", fixture: " + cols[2]);
      }
    });
    assertTrue(rows[0] >= 50, "the fixture has its rows");
    assertEquals(List.of(), wrong);
  }
}
