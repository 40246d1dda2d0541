package com.catalysttracker.rules;

import com.catalysttracker.document.Document;
import java.io.IOException;
import java.util.List;

/** Finds the earlier drafts of a final policy; the index-backed one is {@link IndexedDrafts}. */
public interface DraftSource {
  DraftSource NONE = document -> List.of();

  /** Drafts for comment by {@code policy}'s issuer whose title, without 征求意见稿, is the policy's. */
  List<Document> draftsOf(Document policy) throws IOException;
}
