package com.catalysttracker.mail;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.document.Document;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * A subscriber's daily digest: the day's alerts below their immediate threshold in one table with
 * the report columns (级别 · 主题 · 日期 · 地区 · 项目 · 金额 · 阶段 · 摘要), each project linked to its page.
 */
final class DigestMail {
  private static final Session SESSION = Session.getInstance(new Properties());

  private DigestMail() {}

  static String subject(LocalDate day, List<Alert> alerts) {
    return "【每日摘要】" + day + " 预警 " + alerts.size() + " 条";
  }

  static MimeMessage compose(
      LocalDate day, List<Alert> alerts, List<Document> documents, String from, String to)
      throws MessagingException {
    Map<String, Document> byId =
        documents.stream()
            .collect(Collectors.toMap(Document::id, Function.identity(), (a, b) -> a));
    MimeMessage message = new MimeMessage(SESSION);
    MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
    helper.setFrom(AlertMail.headerSafe(from));
    helper.setTo(AlertMail.headerSafe(to));
    helper.setSubject(subject(day, alerts));
    helper.setText(text(day, alerts, byId), html(day, alerts, byId));
    message.saveChanges();
    message.setHeader(
        "Message-ID",
        "<digest-" + day + "." + Integer.toHexString(to.hashCode()) + "@catalyst-tracker>");
    return message;
  }

  /**
   * The document a row shows: the first the alert cites (a follow-up's correction, an order's
   * notice).
   */
  private static Optional<Document> documentOf(Alert alert, Map<String, Document> byId) {
    return alert.documentIds().stream().map(byId::get).filter(d -> d != null).findFirst();
  }

  static String text(LocalDate day, List<Alert> alerts, Map<String, Document> byId) {
    StringBuilder text = new StringBuilder(day + " 低于即时提醒级别的预警 " + alerts.size() + " 条\n\n");
    for (Alert alert : alerts) {
      text.append('【')
          .append(alert.explanation().themeName())
          .append('·')
          .append(alert.severity().chinese())
          .append("】")
          .append(alert.message())
          .append('\n');
      documentOf(alert, byId)
          .ifPresent(
              d ->
                  text.append("  日期：")
                      .append(d.published() == null ? "" : d.published())
                      .append("  地区：")
                      .append(AlertMail.region(d))
                      .append("  金额：")
                      .append(AlertMail.money(d))
                      .append("  阶段：")
                      .append(d.docType().wireName())
                      .append('\n')
                      .append("  链接：")
                      .append(d.url())
                      .append('\n'));
    }
    return text.toString();
  }

  static String html(LocalDate day, List<Alert> alerts, Map<String, Document> byId) {
    StringBuilder html =
        new StringBuilder("<html><body><p>")
            .append(day)
            .append(" 低于即时提醒级别的预警 ")
            .append(alerts.size())
            .append(" 条</p>")
            .append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">")
            .append(
                "<tr><th>级别</th><th>主题</th><th>日期</th><th>地区</th><th>项目</th><th>金额</th><th>阶段</th><th>摘要</th></tr>");
    for (Alert alert : alerts) {
      html.append("<tr><td>")
          .append(alert.severity().chinese())
          .append("</td><td>")
          .append(AlertMail.escape(alert.explanation().themeName()))
          .append("</td>");
      Optional<Document> document = documentOf(alert, byId);
      if (document.isPresent()) {
        Document d = document.get();
        html.append("<td>")
            .append(d.published() == null ? "" : d.published())
            .append("</td><td>")
            .append(AlertMail.escape(AlertMail.region(d)))
            .append("</td><td><a href=\"")
            .append(AlertMail.escape(d.url()))
            .append("\">")
            .append(AlertMail.escape(AlertMail.project(d)))
            .append("</a></td><td>")
            .append(AlertMail.escape(AlertMail.money(d)))
            .append("</td><td>")
            .append(AlertMail.escape(d.docType().wireName()))
            .append("</td>");
      } else {
        html.append("<td></td><td></td><td></td><td></td><td></td>");
      }
      html.append("<td>").append(AlertMail.escape(alert.message())).append("</td></tr>");
    }
    return html.append("</table></body></html>").toString();
  }
}
