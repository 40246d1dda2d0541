package com.catalysttracker.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One policy document or procurement announcement, as indexed, printed by {@code extract} and seen
 * by rule authors. Field names are the contract in DESIGN.md (snake_case in JSON).
 */
public record Document(
    String id,
    String source,
    String url,
    List<SeenAt> seenAt,
    String title,
    DocType docType,
    @Nullable LocalDate published,
    @Nullable String issuer,
    IssuerLevel issuerLevel,
    @Nullable String docNumber,
    @Nullable Region region,
    @Nullable String projectCode,
    @Nullable String projectName,
    @Nullable BigDecimal budgetYuan,
    @Nullable BigDecimal amountYuan,
    List<Winner> winners,
    @Nullable String agency,
    List<String> themes,
    String text,
    String contentHash,
    @Nullable Instant fetchedAt,
    List<Attachment> attachments) {

  public Document {
    seenAt = List.copyOf(seenAt);
    winners = List.copyOf(winners);
    themes = List.copyOf(themes);
    attachments = List.copyOf(attachments);
  }

  /** This document with the themes the rules found in it. */
  public Document withThemes(List<String> newThemes) {
    return new Document(
        id,
        source,
        url,
        seenAt,
        title,
        docType,
        published,
        issuer,
        issuerLevel,
        docNumber,
        region,
        projectCode,
        projectName,
        budgetYuan,
        amountYuan,
        winners,
        agency,
        newThemes,
        text,
        contentHash,
        fetchedAt,
        attachments);
  }

  /** The amount rules compare: the awarded total where there is one, else the budget. */
  public @Nullable BigDecimal money() {
    return amountYuan != null ? amountYuan : budgetYuan;
  }
}
