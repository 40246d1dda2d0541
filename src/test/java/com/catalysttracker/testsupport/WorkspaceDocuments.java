package com.catalysttracker.testsupport;

import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.ListedCompany;
import com.catalysttracker.document.Region;
import com.catalysttracker.document.Winner;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fixed, realistic set of policies and procurement notices for the analyst workspace's tests: one
 * low-altitude project from tender to award, awards to listed companies, a State Grid candidate
 * notice, national and ministry policies, and a notice whose crawled title and project name carry
 * script and spreadsheet-formula payloads.
 */
public final class WorkspaceDocuments {
  private WorkspaceDocuments() {}

  public static final Document NANJING_TENDER =
      procurement(
          "ccgp",
          "http://www.ccgp.gov.cn/cggg/dfgg/gkzb/202403/t20240305_1.htm",
          "南京市低空飞行服务平台建设项目公开招标公告",
          DocType.TENDER_NOTICE,
          LocalDate.of(2024, 3, 5),
          "南京市交通运输局",
          IssuerLevel.CITY,
          new Region("江苏省", "南京市", "320100"),
          "NJZC-2024-0311",
          "南京市低空飞行服务平台建设项目",
          new BigDecimal("35000000"),
          null,
          List.of(),
          List.of("low-altitude"),
          "南京市低空飞行服务平台建设项目进行公开招标，预算金额3500万元，建设低空飞行服务站和起降场管理系统。");

  public static final Document NANJING_AWARD =
      procurement(
          "ccgp",
          "http://www.ccgp.gov.cn/cggg/dfgg/zbgg/202405/t20240520_2.htm",
          "南京市低空飞行服务平台建设项目中标结果公告",
          DocType.AWARD_RESULT,
          LocalDate.of(2024, 5, 20),
          "南京市交通运输局",
          IssuerLevel.CITY,
          new Region("江苏省", "南京市", "320100"),
          "NJZC-2024-0311",
          "南京市低空飞行服务平台建设项目",
          new BigDecimal("35000000"),
          new BigDecimal("32800000"),
          List.of(
              new Winner(
                  "南京莱斯信息技术股份有限公司",
                  new BigDecimal("32800000"),
                  new ListedCompany("688631", "莱斯信息"))),
          List.of("low-altitude"),
          "中标供应商：南京莱斯信息技术股份有限公司，中标金额：3280万元。建设低空飞行服务平台。");

  public static final Document SHENZHEN_VRC_AWARD =
      procurement(
          "ccgp",
          "http://www.ccgp.gov.cn/cggg/dfgg/zbgg/202404/t20240410_3.htm",
          "深圳市车路云一体化试点项目中标结果公告",
          DocType.AWARD_RESULT,
          LocalDate.of(2024, 4, 10),
          "深圳市交通运输局",
          IssuerLevel.CITY,
          new Region("广东省", "深圳市", "440300"),
          "SZCG-2024-0087",
          "深圳市车路云一体化试点项目",
          new BigDecimal("130000000"),
          new BigDecimal("128000000"),
          List.of(
              new Winner(
                  "深圳市城市交通规划设计研究中心股份有限公司",
                  new BigDecimal("128000000"),
                  new ListedCompany("301091", "深城交"))),
          List.of("vehicle-road-cloud"),
          "中标供应商：深圳市城市交通规划设计研究中心股份有限公司，中标金额：1.28亿元，建设智慧路口和路侧单元。");

  public static final Document STATE_GRID_VPP =
      procurement(
          "sgcc-ecp",
          "https://ecp.sgcc.com.cn/ecp2.0/portal/#/doc/doc-com/2024042200001",
          "国网江苏省电力有限公司2024年虚拟电厂运营管理平台采购项目中标候选人公示",
          DocType.AWARD_CANDIDATE,
          LocalDate.of(2024, 4, 22),
          "国网江苏省电力有限公司",
          IssuerLevel.ENTERPRISE,
          new Region("江苏省", null, "320000"),
          "SGJS-2024-VPP-01",
          "虚拟电厂运营管理平台",
          null,
          new BigDecimal("8600000"),
          List.of(
              new Winner(
                  "国网信息通信股份有限公司", new BigDecimal("8600000"), new ListedCompany("600131", "国网信通"))),
          List.of("power-it"),
          "第一中标候选人：国网信息通信股份有限公司，投标报价860万元。虚拟电厂负荷聚合与调度。");

  public static final Document LOW_ALTITUDE_POLICY =
      policy(
          "https://www.gov.cn/zhengce/content/202402/content_1.htm",
          "国务院办公厅关于促进低空经济高质量发展的指导意见",
          DocType.POLICY,
          LocalDate.of(2024, 2, 1),
          "国务院办公厅",
          IssuerLevel.NATIONAL,
          "国办发〔2024〕5号",
          List.of("low-altitude"),
          "培育低空经济新业态，完善低空飞行服务保障体系，有序推进起降场建设。");

  public static final Document DATA_DRAFT =
      policy(
          "https://www.nda.gov.cn/sjj/zwgk/tzgg/0510/1.html",
          "国家数据局关于公共数据授权运营的规定（征求意见稿）",
          DocType.POLICY_DRAFT,
          LocalDate.of(2024, 5, 10),
          "国家数据局",
          IssuerLevel.MINISTRY,
          null,
          List.of("data-elements"),
          "为规范公共数据授权运营，推动数据要素市场化配置，现公开征求意见。");

  /** Crawled text is untrusted: script in the title, a formula in the project name. */
  public static final Document MALICIOUS =
      procurement(
          "ccgp",
          "http://www.ccgp.gov.cn/cggg/dfgg/cgyx/202401/t20240115_9.htm",
          "<script>window.xssFired=1</script>成都市低空智联网项目采购意向<img src=x onerror=\"window.xssFired=2\">",
          DocType.PROCUREMENT_INTENT,
          LocalDate.of(2024, 1, 15),
          "成都市经济和信息化局",
          IssuerLevel.CITY,
          new Region("四川省", "成都市", "510100"),
          "CDYX-2024-001",
          "=HYPERLINK(\"http://evil.example/\",\"点击查看\")",
          new BigDecimal("5000000"),
          null,
          List.of(),
          List.of("low-altitude"),
          "<b>成都市</b>低空智联网建设采购意向，预算500万元。@SUM(1+1) 计划2024年二季度招标。");

  public static final List<Document> ALL =
      List.of(
          NANJING_TENDER,
          NANJING_AWARD,
          SHENZHEN_VRC_AWARD,
          STATE_GRID_VPP,
          LOW_ALTITUDE_POLICY,
          DATA_DRAFT,
          MALICIOUS);

  private static Document procurement(
      String source,
      String url,
      String title,
      DocType type,
      LocalDate published,
      String issuer,
      IssuerLevel level,
      Region region,
      String projectCode,
      String projectName,
      @Nullable BigDecimal budget,
      @Nullable BigDecimal amount,
      List<Winner> winners,
      List<String> themes,
      String text) {
    return new Document(
        DocumentIds.forUrl(url),
        source,
        url,
        List.of(),
        title,
        type,
        published,
        issuer,
        level,
        null,
        region,
        projectCode,
        projectName,
        budget,
        amount,
        winners,
        "江苏省政府采购中心",
        themes,
        text,
        DocumentIds.contentHash(text),
        Instant.parse("2024-06-02T08:00:00Z"),
        List.of());
  }

  private static Document policy(
      String url,
      String title,
      DocType type,
      LocalDate published,
      String issuer,
      IssuerLevel level,
      @Nullable String docNumber,
      List<String> themes,
      String text) {
    return new Document(
        DocumentIds.forUrl(url),
        "gov-cn-policy",
        url,
        List.of(),
        title,
        type,
        published,
        issuer,
        level,
        docNumber,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        themes,
        text,
        DocumentIds.contentHash(text),
        Instant.parse("2024-06-02T08:00:00Z"),
        List.of());
  }
}
