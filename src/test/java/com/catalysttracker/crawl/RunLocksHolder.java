package com.catalysttracker.crawl;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for {@link RunLocksTest}: holds the run lock of a source until its stdin closes.
 */
final class RunLocksHolder {

  private RunLocksHolder() {}

  public static void main(String[] args) throws IOException {
    try (RunLocks.Held held = RunLocks.in(Path.of(args[0])).tryAcquire(args[1]).orElseThrow()) {
      System.out.println("held");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the parent to close our stdin
      }
    }
  }
}
