package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectCodeParserTest {

  @Test
  void readsTheCodeAfterEachLabel() {
    assertThat(ProjectCodeParser.find("项目编号：ZHCG2026-FW0317 项目名称：某项目")).contains("ZHCG2026-FW0317");
    assertThat(ProjectCodeParser.find("招标编号: CG0300022002452817")).contains("CG0300022002452817");
    assertThat(ProjectCodeParser.find("采购项目编号：SDGP370100000202609001284"))
        .contains("SDGP370100000202609001284");
    assertThat(ProjectCodeParser.find("招标项目编号：E3401000101012345001"))
        .contains("E3401000101012345001");
  }

  @Test
  void stopsAtTheBracketThatOpenedBeforeTheLabel() {
    assertThat(ProjectCodeParser.find("某项目（项目编号：WZSJ-2026-CS011）以竞争性磋商方式"))
        .contains("WZSJ-2026-CS011");
  }

  @Test
  void skipsALabelWithoutACode() {
    assertThat(ProjectCodeParser.find("项目编号：详见附件。采购编号：NBCG-2026-G163")).contains("NBCG-2026-G163");
    assertThat(ProjectCodeParser.find("项目编号：无")).isEmpty();
  }
}
