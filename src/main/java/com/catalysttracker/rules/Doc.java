package com.catalysttracker.rules;

import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.Region;
import com.catalysttracker.document.Winner;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The document as rules see it: the contract's fields (camelCase, as in DESIGN.md) plus helpers
 * rule authors need. {@code terms} are the vocabulary terms (of any theme) the title or text
 * mention, lower-cased. Documented for analysts in {@code rules/README.md}.
 */
public record Doc(Document document, Set<String> terms) {
  private static final BigDecimal YI = BigDecimal.valueOf(1_0000_0000L);
  private static final BigDecimal WAN = BigDecimal.valueOf(1_0000L);

  /** Draft markers a final version drops, so draft and final share a base title. */
  private static final Pattern DRAFT_MARKER =
      Pattern.compile("[（(【\\[]?\\s*(征求意见稿|公开征求意见稿|草案|送审稿)\\s*[）)】\\]]?");

  /** 关于公开征求《X》意见的通知 announces the draft of X. */
  private static final Pattern DRAFT_NOTICE = Pattern.compile("^(?:关于)?(?:公开)?征求《(.+?)》.*意见.*$");

  /**
   * A date a notice moves: up to 24 characters of what moves (开标时间, 投标截止时间由…), the verb, the new
   * date (2025年12月15日 9时30分, 2025-12-15 09:30).
   */
  private static final Pattern DATE_CHANGE =
      Pattern.compile(
          "[^，。；;,\\s：:]{0,24}?(?:变更为|调整为|更改为|更正为|延期至|推迟至|延长至|顺延至|改为)[：:\\s]*"
              + "(?:\\d{4}年\\d{1,2}月\\d{1,2}日(?:\\s*\\d{1,2}(?:[:：]\\d{2}|时(?:\\d{1,2}分)?))?"
              + "|\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2})?)");

  public Doc {
    terms = Set.copyOf(terms);
  }

  public String id() {
    return document.id();
  }

  public String source() {
    return document.source();
  }

  public String url() {
    return document.url();
  }

  public String title() {
    return document.title();
  }

  public DocType docType() {
    return document.docType();
  }

  public DocType getDocType() {
    return document.docType();
  }

  public @Nullable LocalDate published() {
    return document.published();
  }

  public @Nullable String issuer() {
    return document.issuer();
  }

  public IssuerLevel issuerLevel() {
    return document.issuerLevel();
  }

  public IssuerLevel getIssuerLevel() {
    return document.issuerLevel();
  }

  public @Nullable String docNumber() {
    return document.docNumber();
  }

  public @Nullable Region region() {
    return document.region();
  }

  public @Nullable String projectCode() {
    return document.projectCode();
  }

  public @Nullable String projectName() {
    return document.projectName();
  }

  public @Nullable BigDecimal budgetYuan() {
    return document.budgetYuan();
  }

  public @Nullable BigDecimal amountYuan() {
    return document.amountYuan();
  }

  public List<Winner> winners() {
    return document.winners();
  }

  public List<Winner> getWinners() {
    return document.winners();
  }

  public String text() {
    return document.text();
  }

  // ---- helpers for rule authors ----

  /** A policy, draft or interpretation. */
  public boolean isPolicy() {
    return document.docType().isPolicy();
  }

  /** Any procurement stage, from 采购意向 to 合同. */
  public boolean isProcurement() {
    return document.docType().isProcurement();
  }

  /**
   * A tender notice, award candidates, award result or contract: a stage that names money for a
   * real order.
   */
  public boolean isOrder() {
    DocType type = document.docType();
    return type == DocType.TENDER_NOTICE
        || type == DocType.AWARD_CANDIDATE
        || type == DocType.AWARD_RESULT
        || type == DocType.CONTRACT;
  }

  /** Award candidates, award result or contract: someone won. */
  public boolean isAward() {
    DocType type = document.docType();
    return type == DocType.AWARD_CANDIDATE
        || type == DocType.AWARD_RESULT
        || type == DocType.CONTRACT;
  }

  /**
   * Whether the title or text mention {@code phrase}: a vocabulary term is looked up in the terms
   * found once per document; any other phrase is searched for (Latin letters ignoring case).
   */
  public boolean mentions(String phrase) {
    String normalized = Vocabulary.normalize(phrase);
    return terms.contains(normalized)
        || Vocabulary.normalize(document.title()).contains(normalized)
        || Vocabulary.normalize(document.text()).contains(normalized);
  }

  /** Whether the title mentions {@code phrase}. */
  public boolean titleMentions(String phrase) {
    return Vocabulary.normalize(document.title()).contains(Vocabulary.normalize(phrase));
  }

  /**
   * The money rules compare: the awarded amount where there is one, else the budget; null if
   * neither.
   */
  public @Nullable BigDecimal money() {
    return document.money();
  }

  public BigDecimal getMoney() {
    BigDecimal money = document.money();
    return money == null ? BigDecimal.ZERO : money;
  }

  public boolean hasMoney() {
    return document.money() != null;
  }

  /** Whether {@link #money()} is known and at least {@code yuan}. */
  public boolean amountAtLeast(long yuan) {
    BigDecimal money = document.money();
    return money != null && money.compareTo(BigDecimal.valueOf(yuan)) >= 0;
  }

  /** Whether {@link #money()} is known and below {@code yuan}. */
  public boolean amountBelow(long yuan) {
    BigDecimal money = document.money();
    return money != null && money.compareTo(BigDecimal.valueOf(yuan)) < 0;
  }

  /** The money as analysts write it: 1.2亿元, 350万元, 8000元; 金额未披露 when unknown. */
  public String moneyText() {
    BigDecimal money = document.money();
    return money == null ? "金额未披露" : yuanText(money);
  }

  static String yuanText(BigDecimal yuan) {
    if (yuan.compareTo(YI) >= 0) {
      return plain(yuan.divide(YI, 2, RoundingMode.HALF_UP)) + "亿元";
    }
    if (yuan.compareTo(WAN) >= 0) {
      return plain(yuan.divide(WAN, 2, RoundingMode.HALF_UP)) + "万元";
    }
    return plain(yuan.setScale(2, RoundingMode.HALF_UP)) + "元";
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * The most specific place known, e.g. 南山区, 杭州市, 江苏省; 全国 for national issuers; empty if unknown.
   */
  public String place() {
    Region region = document.region();
    if (region == null) {
      IssuerLevel level = document.issuerLevel();
      return level == IssuerLevel.NATIONAL || level == IssuerLevel.MINISTRY ? "全国" : "";
    }
    return region.city() != null ? region.city() : region.province();
  }

  /** The province, or empty when unknown (national documents have none). */
  public String province() {
    Region region = document.region();
    return region == null ? "" : region.province();
  }

  /** The issuer or buyer, or 未知发布机关. */
  public String issuerName() {
    String issuer = document.issuer();
    return issuer == null || issuer.isBlank() ? "未知发布机关" : issuer;
  }

  /** The project name where there is one, else the title. */
  public String project() {
    String name = document.projectName();
    return name == null || name.isBlank() ? document.title() : name;
  }

  /** The title without 征求意见稿 and similar markers: what a draft and its final version share. */
  public String baseTitle() {
    String title = DRAFT_MARKER.matcher(document.title()).replaceAll("").strip();
    java.util.regex.Matcher notice = DRAFT_NOTICE.matcher(title);
    return notice.matches() ? notice.group(1).strip() : title;
  }

  /**
   * What identifies the catalyst across sites and re-crawls: the document number of a policy, the
   * project code of a procurement, else issuer and title. Alert keys are built from it.
   */
  public String identity() {
    String number = document.docNumber();
    if (document.docType().isPolicy() && number != null && !number.isBlank()) {
      return number;
    }
    String code = document.projectCode();
    if (document.docType().isProcurement() && code != null && !code.isBlank()) {
      return code;
    }
    return issuerName() + "|" + baseTitle();
  }

  /**
   * The dates the title or text say are moved (开标时间变更为2025年12月15日), in order, each once: what a
   * correction changes besides money.
   */
  public List<String> dateChanges() {
    java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
    java.util.regex.Matcher m = DATE_CHANGE.matcher(document.title() + "\n" + document.text());
    while (m.find()) {
      found.add(m.group().replaceAll("\\s+", " ").strip());
    }
    return List.copyOf(found);
  }

  /** Whether the title mentions any of {@code phrases}, e.g. a theme match's terms. */
  public boolean titleMentionsAny(List<String> phrases) {
    String title = Vocabulary.normalize(document.title());
    return phrases.stream().anyMatch(p -> title.contains(Vocabulary.normalize(p)));
  }

  /** The stage in analysts' words: 政策, 征求意见稿, 招标公告, 中标结果 … */
  public String stage() {
    return switch (document.docType()) {
      case POLICY -> "政策";
      case POLICY_DRAFT -> "征求意见稿";
      case POLICY_INTERPRETATION -> "政策解读";
      case TENDER_NOTICE -> "招标公告";
      case AWARD_CANDIDATE -> "中标候选人公示";
      case AWARD_RESULT -> "中标结果";
      case CONTRACT -> "合同公告";
      case CORRECTION -> "更正公告";
      case TERMINATION -> "终止公告";
      case PROCUREMENT_INTENT -> "采购意向";
      case OTHER -> "公告";
    };
  }

  /** Winners that map to a listed company (or its subsidiary). */
  public List<Winner> listedWinners() {
    return document.winners().stream().filter(w -> w.listed() != null).toList();
  }

  public List<Winner> getListedWinners() {
    return listedWinners();
  }
}
