package com.catalysttracker.lifecycle;

import com.catalysttracker.document.Document;
import com.catalysttracker.document.SeenAt;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Folds a second sighting of an announcement into the document already held. The first sighting
 * keeps its id and URL (ids must stay stable: alerts and links point at them); the second adds its
 * address to {@code seen_at} and fills facts the first lacked. The earliest date wins, because a
 * repost days later is not when the document was published.
 */
public final class DocumentMerge {
  private DocumentMerge() {}

  public static Document merge(Document held, Document sighting) {
    Set<SeenAt> seenAt = new LinkedHashSet<>();
    seenAt.add(new SeenAt(held.source(), held.url()));
    seenAt.addAll(held.seenAt());
    seenAt.add(new SeenAt(sighting.source(), sighting.url()));
    seenAt.addAll(sighting.seenAt());
    Set<String> themes = new LinkedHashSet<>(held.themes());
    themes.addAll(sighting.themes());
    return new Document(
        held.id(),
        held.source(),
        held.url(),
        new ArrayList<>(seenAt),
        held.title(),
        held.docType(),
        earliest(held.published(), sighting.published()),
        first(held.issuer(), sighting.issuer()),
        held.issuerLevel() != com.catalysttracker.document.IssuerLevel.UNKNOWN
            ? held.issuerLevel()
            : sighting.issuerLevel(),
        first(held.docNumber(), sighting.docNumber()),
        first(held.region(), sighting.region()),
        first(held.projectCode(), sighting.projectCode()),
        first(held.projectName(), sighting.projectName()),
        first(held.budgetYuan(), sighting.budgetYuan()),
        first(held.amountYuan(), sighting.amountYuan()),
        held.winners().isEmpty() ? sighting.winners() : held.winners(),
        first(held.agency(), sighting.agency()),
        List.copyOf(themes),
        // The held text stays with its content hash, which change detection compares.
        held.text(),
        held.contentHash(),
        latest(held.fetchedAt(), sighting.fetchedAt()),
        held.attachments().isEmpty() ? sighting.attachments() : held.attachments());
  }

  private static <T> @Nullable T first(@Nullable T held, @Nullable T sighting) {
    return held != null ? held : sighting;
  }

  private static @Nullable LocalDate earliest(@Nullable LocalDate a, @Nullable LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
