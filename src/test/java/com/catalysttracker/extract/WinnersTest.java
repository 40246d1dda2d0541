package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.catalysttracker.document.Winner;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Winners with their prices from tables (TableWinners) and labelled lines (TextWinners). */
class WinnersTest {

  @Test
  void aCandidatesTableGivesTheFirstRankedCandidateOfEachLotWithTheBidInTheHeadersUnit() {
    Element html =
        Jsoup.parseBodyFragment(
                """
        <table><tr><td>序号</td><td>标的名称</td><td>中标候选人名称</td><td>排名</td><td>投标报价（万元）</td></tr>
        <tr><td>1</td><td>虚拟电厂</td><td>南方电网电力科技股份有限公司</td><td>第一名</td><td>2,186.54</td></tr>
        <tr><td>2</td><td>虚拟电厂</td><td>朗新科技集团股份有限公司</td><td>第二名</td><td>2,231.00</td></tr>
        <tr><td>3</td><td>功率预测</td><td>国能日新科技股份有限公司</td><td>第一名</td><td>842.63</td></tr></table>""")
            .body();

    assertThat(plain(TableWinners.find(html, true)))
        .containsExactly(tuple("南方电网电力科技股份有限公司", "21865400"), tuple("国能日新科技股份有限公司", "8426300"));
    assertThat(TableWinners.find(html, false)).hasSize(3);
  }

  @Test
  void aTableWithoutANameColumnGivesNoWinners() {
    Element html =
        Jsoup.parseBodyFragment(
                "<table><tr><td>名称</td><td>单价（元）</td></tr><tr><td>雷达</td><td>1,780,000.00</td></tr></table>")
            .body();

    assertThat(TableWinners.find(html, false)).isEmpty();
  }

  @Test
  void labelledLinesGiveEachLotsWinnerWithThePriceOnTheSameOrTheNextLineCapitalNumeralsIncluded() {
    String text =
        """
        中标人：南方电网电力科技股份有限公司
        中标价：￥6,385,200.00元
        中标人：广州中科云图智能科技有限公司
        中标价：肆佰伍拾万零捌仟元整
        请中标人登录平台下载中标通知书。""";

    assertThat(plain(TextWinners.find(text, false)))
        .containsExactly(tuple("南方电网电力科技股份有限公司", "6385200"), tuple("广州中科云图智能科技有限公司", "4508000"));
  }

  @Test
  void onACandidatesNoticeOnlyFirstCandidatesCount() {
    String text =
        "第一中标候选人：北京科东电力控制系统有限责任公司，投标报价：1,268.00万元\n第二中标候选人：南京南瑞信息通信科技有限公司，投标报价：1,295.60万元";

    assertThat(plain(TextWinners.find(text, true)))
        .containsExactly(tuple("北京科东电力控制系统有限责任公司", "12680000"));
    assertThat(TextWinners.find(text, false)).isEmpty();
  }

  private static List<org.assertj.core.groups.Tuple> plain(List<Winner> winners) {
    return winners.stream()
        .map(
            w ->
                tuple(
                    w.name(),
                    w.amountYuan() == null
                        ? null
                        : w.amountYuan().stripTrailingZeros().toPlainString()))
        .toList();
  }

  /**
   * Issue #6: ccgp's Shandong award pages give each lot as one-cell rows, the address between name
   * and price.
   */
  @Test
  void aLotsPriceAfterTheSuppliersAddressStillBelongsToIt() {
    String text =
        """
        标包：A
        供应商名称：北京万集科技股份有限公司
        供应商地址：北京市海淀区东北旺西路8号院12号楼
        中标（成交）金额：（可填写下浮率、折扣率或费率）：1286.4万元
        标包：B
        供应商名称：山东齐泰通信工程有限公司
        供应商地址：山东省济南市历下区解放东路3号
        标包：C
        供应商名称：北京北大千方科技有限公司
        中标（成交）金额：2367.915万元""";

    assertThat(plain(TextWinners.find(text, false)))
        .containsExactly(
            tuple("北京万集科技股份有限公司", "12864000"),
            tuple("山东齐泰通信工程有限公司", null),
            tuple("北京北大千方科技有限公司", "23679150"));
  }
}
