package com.catalysttracker.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.catalysttracker.document.IssuerLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuerLevelsTest {

  private static final RegionResolver REGIONS = RegionResolver.load(FixtureDocuments.REFERENCE);
  private static final IssuerLevels LEVELS = IssuerLevels.load(FixtureDocuments.REFERENCE, REGIONS);

  @Test
  void partyCentreStateCouncilAndTheirGeneralOfficesAreNational() {
    assertThat(LEVELS.levelOf("中共中央办公厅、国务院办公厅")).isEqualTo(IssuerLevel.NATIONAL);
    assertThat(LEVELS.levelOf("国务院")).isEqualTo(IssuerLevel.NATIONAL);
  }

  @Test
  void stateCouncilCommissionIsMinistryNotNational() {
    assertThat(LEVELS.levelOf("国务院国资委")).isEqualTo(IssuerLevel.MINISTRY);
  }

  @Test
  void ministriesTheirOfficesAndLongFormsAreMinistry() {
    assertThat(LEVELS.levelOf("中华人民共和国工业和信息化部")).isEqualTo(IssuerLevel.MINISTRY);
    assertThat(LEVELS.levelOf("国家能源局综合司")).isEqualTo(IssuerLevel.MINISTRY);
    assertThat(LEVELS.levelOf("民航局")).isEqualTo(IssuerLevel.MINISTRY);
    assertThat(LEVELS.levelOf("中央民族大学")).isEqualTo(IssuerLevel.MINISTRY);
  }

  @Test
  void jointIssuerTakesItsHighestPart() {
    assertThat(LEVELS.levelOf("国家发展改革委、财政部、中国农业发展银行")).isEqualTo(IssuerLevel.MINISTRY);
    assertThat(LEVELS.levelOf("江苏省工业和信息化厅，南京市人民政府")).isEqualTo(IssuerLevel.PROVINCE);
  }

  @Test
  void companiesIncludingCentralSoesAreEnterprises() {
    assertThat(LEVELS.levelOf("国家电网有限公司")).isEqualTo(IssuerLevel.ENTERPRISE);
    assertThat(LEVELS.levelOf("国网江苏省电力有限公司")).isEqualTo(IssuerLevel.ENTERPRISE);
    assertThat(LEVELS.levelOf("南方电网")).isEqualTo(IssuerLevel.ENTERPRISE);
    assertThat(LEVELS.levelOf("山东高速集团")).isEqualTo(IssuerLevel.ENTERPRISE);
  }

  @Test
  void governmentsRankByTheDivisionTheyName() {
    assertThat(LEVELS.levelOf("湖南省能源局")).isEqualTo(IssuerLevel.PROVINCE);
    assertThat(LEVELS.levelOf("北京市经济和信息化局")).isEqualTo(IssuerLevel.PROVINCE);
    assertThat(LEVELS.levelOf("温州市大数据发展管理局")).isEqualTo(IssuerLevel.CITY);
    assertThat(LEVELS.levelOf("深圳市龙华区发展和改革局")).isEqualTo(IssuerLevel.DISTRICT);
    assertThat(LEVELS.levelOf("德清县交通运输局")).isEqualTo(IssuerLevel.DISTRICT);
  }

  @Test
  void zonesRankOneBelowTheirSeat() {
    assertThat(LEVELS.levelOf("重庆两江新区建设管理局")).isEqualTo(IssuerLevel.DISTRICT);
    assertThat(LEVELS.levelOf("南京江北新区管理委员会")).isEqualTo(IssuerLevel.DISTRICT);
    assertThat(LEVELS.levelOf("浦东新区科技和经济委员会"))
        .as("浦东新区 is a real district")
        .isEqualTo(IssuerLevel.DISTRICT);
  }

  @Test
  void schoolsAndHospitalsTakeTheirRegionsLevelOrUnknown() {
    assertThat(LEVELS.levelOf("宜昌市第二人民医院")).isEqualTo(IssuerLevel.CITY);
    assertThat(LEVELS.levelOf("第三人民医院")).isEqualTo(IssuerLevel.UNKNOWN);
    assertThat(LEVELS.levelOf(null)).isEqualTo(IssuerLevel.UNKNOWN);
  }

  @Test
  void vocabularyIsReadFromTheGivenDirectory(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("issuer-levels.yml"),
        "national: [国务院]\nministry: [国家数据局]\n",
        StandardCharsets.UTF_8);
    IssuerLevels custom = IssuerLevels.load(dir, REGIONS);

    assertThat(custom.levelOf("国家数据局")).isEqualTo(IssuerLevel.MINISTRY);
    assertThat(custom.levelOf("交通运输部"))
        .as("not in this copy's vocabulary")
        .isEqualTo(IssuerLevel.UNKNOWN);
  }

  @Test
  void listWrittenAsTextNamesFileAndLine(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("issuer-levels.yml"), "# vocabulary\nnational: 国务院\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> IssuerLevels.load(dir, REGIONS))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage(
            dir.resolve("issuer-levels.yml")
                + ":2: national must be a list (lines starting with '- ')");
  }
}
