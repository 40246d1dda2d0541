package com.catalysttracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.testsupport.WorkspaceDocuments;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReportRowsTest {

  @Test
  void cellsAFormulaCouldStartWithAreDefused() {
    assertThat(ReportRows.guard("=1+1")).isEqualTo("'=1+1");
    assertThat(ReportRows.guard("+86 10")).isEqualTo("'+86 10");
    assertThat(ReportRows.guard("-2")).isEqualTo("'-2");
    assertThat(ReportRows.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ReportRows.guard("\t=cmd")).isEqualTo("'\t=cmd");
    assertThat(ReportRows.guard("南京市 = 江苏")).isEqualTo("南京市 = 江苏");
    assertThat(ReportRows.guard("")).isEmpty();
  }

  @Test
  void moneyReadsAsAnalystsWriteIt() {
    assertThat(Money.format(new BigDecimal("128000000"))).isEqualTo("1.28亿元");
    assertThat(Money.format(new BigDecimal("3.28E+7"))).isEqualTo("3280万元");
    assertThat(Money.format(new BigDecimal("8600000"))).isEqualTo("860万元");
    assertThat(Money.format(new BigDecimal("12345.67"))).isEqualTo("1.23万元");
    assertThat(Money.format(new BigDecimal("9800"))).isEqualTo("9800元");
    assertThat(Money.format(null)).isEmpty();
  }

  @Test
  void aRowHasTheReportColumnsWithTheStageInChinese() {
    assertThat(ReportRows.row(WorkspaceDocuments.STATE_GRID_VPP))
        .containsExactly(
            "2024-04-22",
            "江苏省",
            "虚拟电厂运营管理平台",
            "860万元",
            "候选人公示",
            WorkspaceDocuments.STATE_GRID_VPP.text(),
            "power-it",
            "国网信息通信股份有限公司",
            "600131 国网信通",
            WorkspaceDocuments.STATE_GRID_VPP.url());
    assertThat(ReportRows.row(WorkspaceDocuments.DATA_DRAFT).subList(0, 6))
        .containsExactly(
            "2024-05-10",
            "全国",
            WorkspaceDocuments.DATA_DRAFT.title(),
            "",
            "征求意见",
            WorkspaceDocuments.DATA_DRAFT.title());
  }

  @Test
  void csvStartsWithABomAndQuotesCellsWithCommasQuotesAndNewlines() throws Exception {
    StringWriter out = new StringWriter();
    CsvExport csv = new CsvExport(out);
    csv.add(WorkspaceDocuments.MALICIOUS);
    csv.finish();
    String[] lines = out.toString().split("\r\n");
    assertThat(lines[0]).startsWith("\uFEFF时间,地区,项目,金额,进展,主要内容");
    assertThat(lines[1])
        .startsWith(
            "2024-01-15,四川省成都市,\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"点击查看\"\")\",500万元,采购意向,");
  }
}
