package org.litmine.pipeline.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricName;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TupleTag;
import org.joda.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Elements run on threads of their own, at most the limit at a time, and their lines and counts reach Beam on the
 * runner's thread: from {@code @ProcessElement} when the limit is reached, else at the end of the bundle.
 */
class ElementsInFlightTest {

  private static final TupleTag<String> LINES = new TupleTag<>("lines");

  /** Each line Beam got, as {@code line@timestamp} and where from: the element's receiver or the bundle's end. */
  private final List<String> handedOver = new ArrayList<>();
  private final Set<Thread> beamThreads = ConcurrentHashMap.newKeySet();
  private final Set<String> workThreads = ConcurrentHashMap.newKeySet();
  private final PapersCounter papers = new PapersCounter();
  private Runnable onHandOver = () -> {};
  private ElementsInFlight inFlight;

  @AfterEach
  void close() {
    if (inFlight != null) {
      inFlight.close();
    }
  }

  @Test
  void withALimitOfOneEachElementIsHandedOverBeforeTheNextStarts() {
    inFlight = new ElementsInFlight("test", 1);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      inFlight.start(element(i, null), new Instant(i * 1000L), GlobalWindow.INSTANCE, out());
      expected.add("e" + i + "@" + i * 1000 + " in element");
      assertEquals(expected, handedOver, "after element " + i + " started");
    }
    inFlight.finish(finishContext());
    assertEquals(expected, handedOver, "nothing left at the end of the bundle");
    assertEquals(4, papers.total);
    assertEquals(Set.of(Thread.currentThread()), beamThreads, "lines and counts on the runner's thread only");
    assertEquals(Set.of("litmine-test-1"), workThreads);
  }

  @Test
  void elementsAreHandedOverAsTheyFinishWithNoMoreThanTheLimitInFlight() {
    inFlight = new ElementsInFlight("test", 2);
    CountDownLatch secondStarted = new CountDownLatch(1);
    CountDownLatch firstHandedOver = new CountDownLatch(1);
    onHandOver = () -> {
      if (handedOver.get(handedOver.size() - 1).startsWith("e0@")) {
        firstHandedOver.countDown();
      }
    };

    inFlight.start(element(0, secondStarted), new Instant(0), GlobalWindow.INSTANCE, out());
    assertEquals(List.of(), handedOver, "one element in flight, under the limit");
    inFlight.start(element(1, null), new Instant(1000), GlobalWindow.INSTANCE, out());
    assertEquals(List.of("e1@1000 in element"), handedOver, "the limit reached: the first element done goes");
    inFlight.start(() -> {
      secondStarted.countDown();
      return element(2, firstHandedOver).call();
    }, new Instant(2000), GlobalWindow.INSTANCE, out());
    assertEquals(List.of("e1@1000 in element", "e0@0 in element"), handedOver, "e0 keeps its own timestamp");
    inFlight.finish(finishContext());
    assertEquals(List.of("e1@1000 in element", "e0@0 in element", "e2@2000 at the end of the bundle"), handedOver);
    assertEquals(3, papers.total);
    assertEquals(Set.of(Thread.currentThread()), beamThreads, "lines and counts on the runner's thread only");
    assertEquals(Set.of("litmine-test-1", "litmine-test-2"), workThreads, "two threads for a limit of 2");
  }

  @Test
  void anErrorInAnElementsWorkReachesTheRunnerAsItIs() {
    inFlight = new ElementsInFlight("test", 1);
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");
    assertSame(error, assertThrows(OutOfMemoryError.class, () -> inFlight.start(() -> {
      throw error;
    }, new Instant(0), GlobalWindow.INSTANCE, out())));
  }

  /** Element {@code i}'s work: waits for {@code gate} if one is given, then outputs one line and counts a paper. */
  private Callable<ElementOutput> element(int i, CountDownLatch gate) {
    return () -> {
      workThreads.add(Thread.currentThread().getName());
      if (gate != null && !gate.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("element " + i + " waited in vain");
      }
      ElementOutput output = new ElementOutput();
      output.output(LINES, "e" + i);
      output.count(papers, 1);
      return output;
    };
  }

  private void handOver(String line) {
    beamThreads.add(Thread.currentThread());
    handedOver.add(line);
    onHandOver.run();
  }

  private DoFn.MultiOutputReceiver out() {
    return new DoFn.MultiOutputReceiver() {
      @Override
      public <T> DoFn.OutputReceiver<T> get(TupleTag<T> tag) {
        assertEquals(LINES, tag);
        return new DoFn.OutputReceiver<>() {
          @Override
          public void output(T line) {
            throw new AssertionError("a line without its element's timestamp: " + line);
          }

          @Override
          public void outputWithTimestamp(T line, Instant timestamp) {
            handOver(line + "@" + timestamp.getMillis() + " in element");
          }
        };
      }

      @Override
      public <T> DoFn.OutputReceiver<Row> getRowReceiver(TupleTag<T> tag) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private DoFn<String, String>.FinishBundleContext finishContext() {
    DoFn<String, String> fn = new DoFn<>() {};
    return fn.new FinishBundleContext() {
      @Override
      public PipelineOptions getPipelineOptions() {
        return PipelineOptionsFactory.create();
      }

      @Override
      public void output(String line, Instant timestamp, BoundedWindow window) {
        throw new AssertionError("a line without its tag: " + line);
      }

      @Override
      public <T> void output(TupleTag<T> tag, T line, Instant timestamp, BoundedWindow window) {
        assertEquals(LINES, tag);
        assertEquals(GlobalWindow.INSTANCE, window);
        handOver(line + "@" + timestamp.getMillis() + " at the end of the bundle");
      }
    };
  }

  /** A counter that adds up on whichever thread it is given, and notes the thread. */
  private final class PapersCounter implements Counter {

    private long total;

    @Override
    public void inc() {
      inc(1);
    }

    @Override
    public void inc(long n) {
      beamThreads.add(Thread.currentThread());
      total += n;
    }

    @Override
    public void dec() {
      inc(-1);
    }

    @Override
    public void dec(long n) {
      inc(-n);
    }

    @Override
    public MetricName getName() {
      return MetricName.named(ElementsInFlightTest.class, "papers");
    }
  }
}
