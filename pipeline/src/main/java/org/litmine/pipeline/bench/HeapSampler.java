package org.litmine.pipeline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Samples the heap every 100 ms on a daemon thread while a stage runs and keeps two peaks: the heap in use (live
 * objects and garbage not yet collected, so an upper bound that depends on how lazily the collector runs) and the
 * heap in use right after the latest collection of each pool (close to the live set).
 */
final class HeapSampler implements AutoCloseable {

  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakUsed;
  private volatile long peakAfterGc;

  HeapSampler() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    thread = new Thread(this::loop, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      sample();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample() {
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long afterGc = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage collected = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (collected != null) {
        afterGc += collected.getUsed();
      }
    }
    peakUsed = Math.max(peakUsed, used);
    peakAfterGc = Math.max(peakAfterGc, afterGc);
  }

  /** The largest heap in use seen (bytes). */
  long peakUsed() {
    return peakUsed;
  }

  /** The largest heap left after a collection (bytes). */
  long peakAfterGc() {
    return peakAfterGc;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    sample();
  }
}
