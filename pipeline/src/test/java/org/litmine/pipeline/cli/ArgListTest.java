package org.litmine.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgListTest {

  @Test
  void takesBothOptionFormsAndPositionalWords() {
    ArgList args = ArgList.parse(new String[] {"search", "--run", "out", "--gold=gold/", "IGF1R AND resistance"}, 1);
    assertEquals("out", args.get("run", null));
    assertEquals("gold/", args.get("gold", null));
    assertEquals(List.of("IGF1R AND resistance"), args.positional);
    assertArrayEquals(new String[] {"--run=out", "--gold=gold/"}, args.asBeamArgs());
  }

  @Test
  void aFlagWithoutValueIsTrue() {
    assertEquals("true", ArgList.parse(new String[] {"--verbose"}, 0).get("verbose", "false"));
  }

  @Test
  void unknownCommandsAndMissingOptionsAreUsageErrors() {
    assertEquals(2, Litmine.execute(new String[] {"frobnicate"}));
    assertEquals(2, Litmine.execute(new String[] {"eval"}));
    assertEquals(2, Litmine.execute(new String[] {"run", "--corpus", "/no/such/folder"}));
  }
}
