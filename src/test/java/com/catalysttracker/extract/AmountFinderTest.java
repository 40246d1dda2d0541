package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class AmountFinderTest {

  private static Optional<BigDecimal> yuan(String s) {
    return Optional.of(new BigDecimal(s));
  }

  @Test
  void sortsBudgetAndAwardLabelsApart() {
    Amounts a =
        AmountFinder.inText("预算金额：1.1968亿元 最高限价：1.1968亿元。中标金额：人民币叁仟贰佰陆拾捌万肆仟伍佰元整（¥32,684,500.00）");
    assertThat(a.budget()).isEqualTo(yuan("119680000"));
    assertThat(a.award()).isEqualTo(yuan("32684500"));
  }

  @Test
  void readsEveryBudgetLabel() {
    assertThat(AmountFinder.inText("招标控制价：38,624,700.00元").budget()).isEqualTo(yuan("38624700"));
    assertThat(AmountFinder.inText("本项目采购预算为人民币1980万元，采用公开招标方式").budget())
        .isEqualTo(yuan("19800000"));
    assertThat(AmountFinder.inText("2.4 最高投标限价：1.18亿元。").budget()).isEqualTo(yuan("118000000"));
    assertThat(AmountFinder.inText("预算金额（元）：11860000").budget()).isEqualTo(yuan("11860000"));
  }

  @Test
  void readsEveryAwardLabel() {
    assertThat(AmountFinder.inText("成交金额：人民币玖佰捌拾陆万叁仟元整。").award()).isEqualTo(yuan("9863000"));
    assertThat(AmountFinder.inText("中标价：￥6,385,200.00元").award()).isEqualTo(yuan("6385200"));
    assertThat(AmountFinder.inText("投标报价：1,268.00万元").award()).isEqualTo(yuan("12680000"));
    assertThat(AmountFinder.inText("合同金额 肆佰陆拾捌万元整（¥4,680,000.00）").award())
        .isEqualTo(yuan("4680000"));
  }

  @Test
  void skipsABracketedNoteBetweenLabelAndAmount() {
    Amounts a = AmountFinder.inText("中标（成交）金额：（可填写下浮率、折扣率或费率）： 1286.4万元");
    assertThat(a.award()).isEqualTo(yuan("12864000"));
  }

  @Test
  void readsAnAmountWrittenInsideBrackets() {
    assertThat(AmountFinder.inText("本项目预算金额（2,350万元）及其他内容不变。").budget())
        .isEqualTo(yuan("23500000"));
  }

  @Test
  void takesTheCorrectedValueOfACorrection() {
    Amounts a = AmountFinder.inText("1.预算金额：原“860.00万元”更正为“920.00万元”，最高限价同步调整为920.00万元；");
    assertThat(a.budget()).isEqualTo(yuan("9200000"));
    assertThat(a.found().get(0).corrected()).isTrue();
  }

  @Test
  void prefersAStatedTotalOverLotFigures() {
    Amounts a =
        AmountFinder.inText("总中标金额 ￥4862.315000 万元（人民币） 中标（成交）金额：1286.4万元 中标（成交）金额：2367.915万元");
    assertThat(a.award()).isEqualTo(yuan("48623150"));
    Amounts budget = AmountFinder.inText("本次招标最高投标限价合计为9,850.00万元（含税），各标包最高限价见上表。");
    assertThat(budget.budget()).isEqualTo(yuan("98500000"));
    assertThat(budget.found().get(0).total()).isTrue();
  }

  @Test
  void sumsTheLotsWhenNoTotalIsStated() {
    Amounts a =
        AmountFinder.inText("标段一：中标人：甲公司，中标价：¥6,983,500.00元； 标段二：中标人：乙公司，中标价：¥1,268,000.00元。");
    assertThat(a.award()).isEqualTo(yuan("8251500"));
  }

  @Test
  void ignoresFeesAndBareRowNumbers() {
    Amounts a = AmountFinder.inText("代理服务收费金额（元）： 126400 代理服务费为人民币柒万捌仟元整 中标（成交）金额 1 某公司");
    assertThat(a.found()).isEmpty();
  }

  @Test
  void readsAmountColumnsWithTheHeaderUnitAndOnlyFirstRankedCandidates() {
    String html =
        "<table><tr><th>序号</th><th>中标候选人名称</th><th>排名</th><th>投标报价（万元）</th></tr>"
            + "<tr><td>1</td><td>甲</td><td>第一名</td><td>2,186.54</td></tr>"
            + "<tr><td>2</td><td>乙</td><td>第二名</td><td>2,231.00</td></tr>"
            + "<tr><td>3</td><td>丙</td><td>第一名</td><td>842.63</td></tr></table>";
    Amounts a = AmountFinder.inHtml(Jsoup.parse(html).body());
    assertThat(a.award()).isEqualTo(yuan("30291700"));
  }

  @Test
  void readsTheNewValueOfAChangeTable() {
    String html =
        "<p>现对招标公告有关内容变更如下：</p><table><tr><td>变更事项</td><td>变更前</td><td>变更后</td></tr>"
            + "<tr><td>最高投标限价</td><td>1,450.00万元</td><td>1,520.00万元</td></tr>"
            + "<tr><td>接入场站数量</td><td>210座</td><td>238座</td></tr></table>";
    Amounts a = AmountFinder.inHtml(Jsoup.parse(html).body());
    assertThat(a.budget()).isEqualTo(yuan("15200000"));
  }

  @Test
  void readsAUnitPrintedInASecondHeaderRowUnderAColumnSpan() {
    String html =
        "<table><tr><td rowspan=2>包号</td><td rowspan=2>推荐的中标候选人</td><td rowspan=2>排序</td><td>投标报价</td><td colspan=2>项目负责人</td></tr>"
            + "<tr><td>（万元）</td><td>姓名</td><td>编号</td></tr>"
            + "<tr><td>包1</td><td>甲</td><td>1</td><td>1,126.4550</td><td>张三</td><td>A1</td></tr>"
            + "<tr><td>包1</td><td>乙</td><td>2</td><td>1,180.0000</td><td>李四</td><td>A2</td></tr></table>";
    assertThat(AmountFinder.inHtml(Jsoup.parse(html).body()).award()).isEqualTo(yuan("11264550"));
  }

  @Test
  void leavesKeyValueTablesToTheTextScan() {
    String html =
        "<table><tr><th>合同金额</th><td>肆佰陆拾捌万元整（¥4,680,000.00）</td></tr><tr><th>供应商</th><td>某公司</td></tr></table>";
    assertThat(AmountFinder.inTable(Jsoup.parse(html).selectFirst("table"))).isEmpty();
    assertThat(AmountFinder.inHtml(Jsoup.parse(html).body()).award()).isEqualTo(yuan("4680000"));
  }
}
