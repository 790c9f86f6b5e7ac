package id.jht.portal.infrastructure.document;

import java.util.concurrent.Semaphore;

/**
 * Lets at most one image decode per processor run at a time in this JVM. ImageIO's native JPEG
 * decoder holds a JNI critical section while it works, during which the garbage collector cannot
 * run; with many decodes at once, allocations failed with "Retried waiting for GCLocker too often"
 * and an OutOfMemoryError although the heap was not full (bench/FINDINGS.md, 100 concurrent 6 MB
 * uploads in 512 MB). The CPU is the limit anyway, so waiting here costs no throughput. This guards
 * the node's memory only; it is not a cross-node invariant and needs none.
 */
final class DecodeGate {

  private static final Semaphore PERMITS =
      new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

  private DecodeGate() {}

  /** A decode step that may throw. */
  @FunctionalInterface
  interface Decode<T, E extends Exception> {
    T run() throws E;
  }

  /** Runs {@code decode} when a permit is free; an interrupted wait fails as an IOException. */
  static <T, E extends Exception> T decode(Decode<T, E> decode)
      throws E, java.io.InterruptedIOException {
    try {
      PERMITS.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting to decode an image");
    }
    try {
      return decode.run();
    } finally {
      PERMITS.release();
    }
  }
}
