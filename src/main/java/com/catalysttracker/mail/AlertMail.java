package com.catalysttracker.mail;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.Region;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.jsoup.nodes.Entities;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * One alert as an email in Chinese: a subject that says what happened (【车路云·高】…), and HTML and
 * plain-text bodies with the report-table columns (日期 · 地区 · 项目 · 金额 · 阶段 · 摘要) and links. Crawled
 * text is escaped in HTML and stripped of CR/LF in headers.
 */
final class AlertMail {
  private static final int SUBJECT_LIMIT = 120;
  private static final Session SESSION = Session.getInstance(new Properties());

  private AlertMail() {}

  static String subject(Alert alert) {
    String subject =
        "【"
            + alert.explanation().themeName()
            + "·"
            + alert.severity().chinese()
            + "】"
            + alert.message();
    subject = headerSafe(subject);
    return subject.length() > SUBJECT_LIMIT
        ? subject.substring(0, SUBJECT_LIMIT - 1) + "…"
        : subject;
  }

  /** Header values must not carry line breaks: a crawled title could otherwise inject headers. */
  static String headerSafe(String value) {
    return value.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
  }

  static MimeMessage compose(Alert alert, List<Document> documents, String from, String to)
      throws MessagingException {
    MimeMessage message = new MimeMessage(SESSION);
    MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
    helper.setFrom(headerSafe(from));
    helper.setTo(headerSafe(to));
    helper.setSubject(subject(alert));
    helper.setText(text(alert, documents), html(alert, documents));
    message.setHeader("X-Catalyst-Alert", alert.id());
    message.saveChanges();
    // A stable Message-ID per alert and recipient lets a mail client fold a repeated delivery.
    message.setHeader(
        "Message-ID",
        "<" + alert.id() + "." + Integer.toHexString(to.hashCode()) + "@catalyst-tracker>");
    return message;
  }

  static String text(Alert alert, List<Document> documents) {
    StringBuilder text = new StringBuilder();
    text.append(alert.message()).append("\n\n");
    for (Document d : documents) {
      text.append("日期：")
          .append(d.published() == null ? "" : d.published())
          .append('\n')
          .append("地区：")
          .append(region(d))
          .append('\n')
          .append("项目：")
          .append(project(d))
          .append('\n')
          .append("金额：")
          .append(money(d))
          .append('\n')
          .append("阶段：")
          .append(d.docType().wireName())
          .append('\n')
          .append("摘要：")
          .append(summary(d))
          .append('\n')
          .append("链接：")
          .append(d.url())
          .append("\n\n");
    }
    if (!alert.follows().isEmpty()) {
      text.append("跟进此前提醒：").append(String.join(", ", alert.follows())).append('\n');
    }
    text.append("为什么提醒：规则 ")
        .append(alert.rule())
        .append("（")
        .append(alert.explanation().file())
        .append(':')
        .append(alert.explanation().line())
        .append("）\n");
    if (!alert.explanation().matchedTerms().isEmpty()) {
      text.append("命中词：").append(String.join("、", alert.explanation().matchedTerms())).append('\n');
    }
    if (!alert.explanation().thresholds().isEmpty()) {
      text.append("阈值：").append(String.join("；", alert.explanation().thresholds())).append('\n');
    }
    return text.toString();
  }

  static String html(Alert alert, List<Document> documents) {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<p>").append(escape(alert.message())).append("</p>");
    // Operations alerts cite no document: no empty table for them.
    if (!documents.isEmpty()) {
      html.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">")
          .append("<tr><th>日期</th><th>地区</th><th>项目</th><th>金额</th><th>阶段</th><th>摘要</th></tr>");
    }
    for (Document d : documents) {
      html.append("<tr><td>")
          .append(d.published() == null ? "" : d.published())
          .append("</td><td>")
          .append(escape(region(d)))
          .append("</td><td><a href=\"")
          .append(escape(d.url()))
          .append("\">")
          .append(escape(project(d)))
          .append("</a></td><td>")
          .append(escape(money(d)))
          .append("</td><td>")
          .append(escape(d.docType().wireName()))
          .append("</td><td>")
          .append(escape(summary(d)))
          .append("</td></tr>");
    }
    if (!documents.isEmpty()) {
      html.append("</table>");
    }
    if (!alert.follows().isEmpty()) {
      html.append("<p>跟进此前提醒：").append(escape(String.join(", ", alert.follows()))).append("</p>");
    }
    html.append("<p>为什么提醒：规则 ")
        .append(escape(alert.rule()))
        .append("（")
        .append(escape(alert.explanation().file()))
        .append(':')
        .append(alert.explanation().line())
        .append("）");
    if (!alert.explanation().matchedTerms().isEmpty()) {
      html.append("<br>命中词：").append(escape(String.join("、", alert.explanation().matchedTerms())));
    }
    if (!alert.explanation().thresholds().isEmpty()) {
      html.append("<br>阈值：").append(escape(String.join("；", alert.explanation().thresholds())));
    }
    return html.append("</p></body></html>").toString();
  }

  static String escape(String text) {
    return Entities.escape(text);
  }

  static String region(Document d) {
    Region region = d.region();
    if (region == null) {
      return "";
    }
    return region.city() == null || region.city().equals(region.province())
        ? region.province()
        : region.province() + region.city();
  }

  static String project(Document d) {
    return d.projectName() != null && !d.projectName().isBlank() ? d.projectName() : d.title();
  }

  static String money(Document d) {
    BigDecimal money = d.money();
    if (money == null) {
      return "";
    }
    return money.compareTo(BigDecimal.valueOf(1_0000L)) >= 0
        ? money
                .divide(BigDecimal.valueOf(1_0000L), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString()
            + "万元"
        : money.stripTrailingZeros().toPlainString() + "元";
  }

  static String summary(Document d) {
    String text = d.text().replaceAll("\\s+", " ").strip();
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
