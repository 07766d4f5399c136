package org.litmine.annotators.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearModelTest {

  private static final List<String> LABELS = List.of("none", "inhibits", "induces");
  private static final LinearModel MODEL = new LinearModel(LABELS,
      Map.of("bias", new double[] {1.0, -1.0, -1.0}, "between:inhibit", new double[] {0.0, 3.0, -0.5},
          "between:increase", new double[] {0.0, -0.5, 2.5}),
      0.6);

  @Test
  void probabilitiesAreASoftmaxOfTheSummedWeights() {
    double[] p = MODEL.probabilities(List.of("bias", "between:inhibit", "unseen"));
    double sum = p[0] + p[1] + p[2];
    assertEquals(1.0, sum, 1e-12);
    // scores: none 1, inhibits 2, induces -1.5
    double z = Math.exp(1) + Math.exp(2) + Math.exp(-1.5);
    assertEquals(Math.exp(2) / z, p[1], 1e-12);
    assertEquals(1, LinearModel.bestRelation(p));
    assertEquals(2, LinearModel.bestRelation(MODEL.probabilities(List.of("bias", "between:increase"))));
  }

  @Test
  void aModelWithNoKnownFeatureGivesEveryLabelTheSameProbability() {
    assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, MODEL.probabilities(List.of("x")), 1e-12);
  }

  @Test
  void writingAndReadingBackGivesTheSameModelAndTheSameBytes() throws Exception {
    StringWriter first = new StringWriter();
    assertEquals(3, MODEL.write(first, List.of("test model")));
    LinearModel read = LinearModel.read(new ByteArrayInputStream(first.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(LABELS, read.labels());
    assertEquals(0.6, read.threshold());
    assertArrayEquals(MODEL.probabilities(List.of("bias", "between:inhibit")),
        read.probabilities(List.of("bias", "between:inhibit")), 1e-6);
    StringWriter second = new StringWriter();
    read.write(second, List.of("test model"));
    assertEquals(first.toString(), second.toString());
    assertTrue(first.toString().startsWith("# test model\n# labels\tnone\tinhibits\tinduces\n# threshold\t0.600000\n"
        + "between:increase\t"), first.toString());
  }

  @Test
  void aModelFileWithoutLabelsOrWithShortLinesIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> LinearModel.read(new ByteArrayInputStream("bias\t1\n".getBytes(StandardCharsets.UTF_8))));
    assertThrows(IllegalArgumentException.class, () -> LinearModel.read(new ByteArrayInputStream(
        "# labels\tnone\tinhibits\nbias\t1\n".getBytes(StandardCharsets.UTF_8))));
  }
}
