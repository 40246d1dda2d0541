package com.catalysttracker.rules;

import com.catalysttracker.document.Document;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Counts a theme's earlier awards for the momentum rules; the index-backed one is {@link
 * IndexedMomentum}.
 */
public interface MomentumSource {
  /** Nothing counted: backtests and tests of single documents. */
  MomentumSource NONE = (document, themes, window) -> List.of();

  /**
   * Momentum of {@code themes} in {@code document}'s province, counting {@code document} itself.
   */
  List<Momentum> momentumOf(Document document, Collection<String> themes, Duration window)
      throws IOException;
}
