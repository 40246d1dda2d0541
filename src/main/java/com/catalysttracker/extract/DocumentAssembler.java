package com.catalysttracker.extract;

import com.catalysttracker.document.Attachment;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.Region;
import com.catalysttracker.document.SeenAt;
import com.catalysttracker.document.Winner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The part every extractor shares: from the raw fields a page gave, the contract's Document with
 * issuer level, region and listed winners filled from the reference data.
 */
final class DocumentAssembler {

  private final ReferenceData reference;

  DocumentAssembler(ReferenceData reference) {
    this.reference = reference;
  }

  /** The raw fields of one page, as the site printed them. */
  static final class Fields {
    String title = "";
    DocType docType = DocType.OTHER;
    @Nullable LocalDate published;
    @Nullable String issuer;
    @Nullable String docNumber;
    @Nullable String projectCode;
    @Nullable String projectName;
    @Nullable BigDecimal budget;
    @Nullable BigDecimal amount;
    List<String> winnerNames = new ArrayList<>();
    List<Winner> winners = new ArrayList<>();
    @Nullable String agency;

    /** What a {@code region:} selector read, e.g. 北京市; null without one. */
    @Nullable String statedRegion;

    String text = "";
    List<Attachment> attachments = new ArrayList<>();
  }

  Document assemble(String source, String canonicalUrl, SourceKind kind, Fields f) {
    IssuerLevel level = reference.issuerLevels().levelOf(f.issuer);
    Region region = null;
    boolean centralPolicy =
        kind == SourceKind.POLICY
            && (level == IssuerLevel.NATIONAL || level == IssuerLevel.MINISTRY);
    if (!centralPolicy) {
      region = reference.regions().resolve(f.issuer, f.text).orElse(null);
    }
    if (region == null && f.statedRegion != null) {
      // The page's own 行政区域 is often only the province, so it fills in; it does not override.
      region = reference.regions().resolve(f.statedRegion, null).orElse(null);
    }
    List<Winner> winners = new ArrayList<>(f.winners);
    Set<String> names = new LinkedHashSet<>(f.winnerNames);
    winners.forEach(w -> names.remove(w.name()));
    for (String name : names) {
      winners.add(new Winner(name, null, null));
    }
    List<Winner> listed = new ArrayList<>();
    for (Winner w : winners) {
      listed.add(
          new Winner(
              w.name(),
              w.amountYuan(),
              w.listed() != null
                  ? w.listed()
                  : reference.listedCompanies().match(w.name()).orElse(null)));
    }
    return new Document(
        DocumentIds.forUrl(canonicalUrl),
        source,
        canonicalUrl,
        List.of(new SeenAt(source, canonicalUrl)),
        f.title,
        f.docType,
        f.published,
        blankToNull(f.issuer),
        level,
        blankToNull(f.docNumber),
        region,
        blankToNull(f.projectCode),
        blankToNull(f.projectName),
        f.budget,
        f.amount,
        listed,
        blankToNull(f.agency),
        List.of(),
        f.text,
        DocumentIds.contentHash(f.title + "\n" + f.text),
        null,
        f.attachments);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
