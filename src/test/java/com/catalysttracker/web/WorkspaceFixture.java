package com.catalysttracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.testsupport.WorkspaceDocuments;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/** Indexes the workspace documents and three alerts through the running application's beans. */
final class WorkspaceFixture {
  static final String ALERT_HIGH = "alert-nanjing-award";
  static final String ALERT_MEDIUM = "alert-state-grid";
  static final String ALERT_MALICIOUS = "alert-malicious";

  private WorkspaceFixture() {}

  static void load(DocumentIndex index, ElasticsearchClient client, IndexNames names)
      throws IOException {
    assertThat(index.indexAll(WorkspaceDocuments.ALL).rejections()).isEmpty();
    index.refresh();
    alert(
        client,
        names,
        ALERT_HIGH,
        "low-altitude",
        "high",
        "2024-05-20T09:00:00Z",
        "莱斯信息(688631) 中标 南京市低空飞行服务平台建设项目 3280万元",
        WorkspaceDocuments.NANJING_AWARD.id());
    alert(
        client,
        names,
        ALERT_MEDIUM,
        "power-it",
        "medium",
        "2024-04-22T09:00:00Z",
        "国网信通(600131) 虚拟电厂运营管理平台 中标候选人 860万元",
        WorkspaceDocuments.STATE_GRID_VPP.id());
    alert(
        client,
        names,
        ALERT_MALICIOUS,
        "low-altitude",
        "low",
        "2024-01-15T09:00:00Z",
        "<img src=x onerror=\"window.xssFired=3\">成都市低空智联网采购意向",
        WorkspaceDocuments.MALICIOUS.id());
    ObjectNode why =
        DocumentJson.mapper()
            .createObjectNode()
            .put("theme_name", "低空经济")
            .put("file", "themes/low-altitude.drl")
            .put("line", 12);
    why.putArray("matched_terms").add("低空飞行服务平台").add("低空经济");
    why.putArray("thresholds").add("money.high = 10000000 元");
    why.putArray("evidence")
        .addObject()
        .put("field", "amount_yuan")
        .put("value", "3280万元")
        .put("snippet", "中标金额：<b onmouseover=\"window.xssFired=4\">3280万元</b>");
    client.update(
        u ->
            u.index(names.alerts())
                .id(ALERT_HIGH)
                .doc(DocumentJson.mapper().createObjectNode().set("explanation", why)),
        ObjectNode.class);
    ObjectNode follows = DocumentJson.mapper().createObjectNode();
    follows.putArray("follows").add(ALERT_HIGH);
    client.update(u -> u.index(names.alerts()).id(ALERT_MEDIUM).doc(follows), ObjectNode.class);
    client.indices().refresh(r -> r.index(names.alerts()));
  }

  private static void alert(
      ElasticsearchClient client,
      IndexNames names,
      String id,
      String theme,
      String severity,
      String createdAt,
      String message,
      String documentId)
      throws IOException {
    ObjectNode alert = DocumentJson.mapper().createObjectNode();
    alert
        .put("id", id)
        .put("rule", theme + "-award")
        .put("theme", theme)
        .put("severity", severity)
        .put("key", theme + ":" + documentId)
        .put("message", message)
        .put("created_at", createdAt);
    alert.putArray("document_ids").add(documentId);
    client.index(i -> i.index(names.alerts()).id(id).document(alert));
  }

  static List<String> allIds() {
    return WorkspaceDocuments.ALL.stream().map(d -> d.id()).toList();
  }
}
