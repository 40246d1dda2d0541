package com.catalysttracker.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.catalysttracker.document.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionResolverTest {

  private static final RegionResolver RESOLVER = RegionResolver.load(FixtureDocuments.REFERENCE);

  private static Optional<Region> region(String name) {
    return RESOLVER.resolve(name);
  }

  @Test
  void provinceNamedByGridCompanyIsProvinceLevelWithoutCity() {
    assertThat(region("国网江苏省电力有限公司")).contains(new Region("江苏省", null, "320000"));
    assertThat(region("国网江苏省电力")).contains(new Region("江苏省", null, "320000"));
  }

  @Test
  void countyLevelCityCarriesItsPrefectureAsCity() {
    assertThat(region("醴陵市城乡供水有限公司")).contains(new Region("湖南省", "株洲市", "430281"));
  }

  @Test
  void sharedDistrictNameUsesPreferredReadingWhenNothingElseTells() {
    assertThat(region("南山区工业和信息化局")).contains(new Region("广东省", "深圳市", "440305"));
  }

  @Test
  void municipalityIsBothProvinceAndCity() {
    assertThat(region("北京市海淀区教育委员会")).contains(new Region("北京市", "北京市", "110108"));
    assertThat(region("北京市经济和信息化局")).contains(new Region("北京市", "北京市", "110000"));
    assertThat(region("国网上海市电力公司")).contains(new Region("上海市", "上海市", "310000"));
  }

  @Test
  void shortFormsOfProvincesAndCitiesCount() {
    assertThat(region("江苏")).contains(new Region("江苏省", null, "320000"));
    assertThat(region("南京")).contains(new Region("江苏省", "南京市", "320100"));
    assertThat(region("广西电网有限责任公司")).contains(new Region("广西壮族自治区", null, "450000"));
  }

  @Test
  void districtIsReadInsideTheCityNamedBeforeIt() {
    // 龙华区 is also a district of Haikou.
    assertThat(region("深圳市龙华区")).contains(new Region("广东省", "深圳市", "440309"));
    assertThat(region("海口市龙华区")).contains(new Region("海南省", "海口市", "460106"));
  }

  @Test
  void sharedDistrictNameIsSettledByTheCityBeforeItOrByThePage() {
    assertThat(region("南京市鼓楼区人民政府")).contains(new Region("江苏省", "南京市", "320106"));
    assertThat(RESOLVER.resolve("鼓楼区财政局", "采购人：鼓楼区财政局 地址：福建省福州市鼓楼区五四路"))
        .contains(new Region("福建省", "福州市", "350102"));
  }

  @Test
  void sharedDistrictNameWithNoContextGivesNothingRatherThanAGuess() {
    assertThat(region("鼓楼区财政局")).isEmpty();
    assertThat(region("江苏省鼓楼区财政局"))
        .as("南京 and 徐州 both have one: keep the province")
        .contains(new Region("江苏省", null, "320000"));
  }

  @Test
  void developmentZonesThatAreNoDivisionTakeTheirCity() {
    assertThat(region("重庆两江新区建设管理局")).contains(new Region("重庆市", "重庆市", "500000"));
    assertThat(region("成都高新技术产业开发区管理委员会")).contains(new Region("四川省", "成都市", "510100"));
    assertThat(region("南京江北新区管理委员会")).contains(new Region("江苏省", "南京市", "320100"));
  }

  @Test
  void countyShortNameCountsOnlyInsideANamedProvince() {
    assertThat(region("国家能源集团宁夏电力有限公司灵武发电厂")).contains(new Region("宁夏回族自治区", "银川市", "640181"));
    assertThat(region("长安汽车股份有限公司")).isEmpty();
    assertThat(region("长安科技有限公司")).as("长安 alone is Xi'an's district only in context").isEmpty();
  }

  @Test
  void streetsAndInstitutionsNamedAfterPlacesAreNotThosePlaces() {
    assertThat(region("中山路小学")).isEmpty();
    assertThat(region("中山大学附属第一医院")).isEmpty();
    assertThat(region("上海市南京东路街道办事处")).contains(new Region("上海市", "上海市", "310000"));
    assertThat(region("中山市公安局")).contains(new Region("广东省", "中山市", "442000"));
  }

  @Test
  void companyNamingAProvinceMidWordSitsInIt() {
    assertThat(region("中天江苏科技有限公司")).contains(new Region("江苏省", null, "320000"));
  }

  @Test
  void aliasFromRulesFileMapsRegionalGridToProvince() {
    assertThat(region("国网冀北电力有限公司")).contains(new Region("河北省", null, "130000"));
  }

  @Test
  void statedPlaceIsUsedAtCityLevelWhenTheNameNamesNone() {
    assertThat(RESOLVER.resolve("中国气象局公共气象服务中心", "采购单位 中国气象局公共气象服务中心 行政区域 北京市 公告时间"))
        .contains(new Region("北京市", "北京市", "110000"));
    assertThat(RESOLVER.resolve("南方电网数字电网集团有限公司", "2.3 实施地点：广东省广州市天河区 2.4 招标范围"))
        .contains(new Region("广东省", "广州市", "440100"));
  }

  @Test
  void nationalBodiesAndUnlabelledMentionsGiveNothing() {
    assertThat(RESOLVER.resolve("国家发展改革委", "各省、自治区、直辖市发展改革委，北京市、上海市…")).isEmpty();
    assertThat(RESOLVER.resolve(null, null)).isEmpty();
    assertThat(RESOLVER.resolve("  ", "")).isEmpty();
  }

  @Test
  void fullWidthAndSpacesInNamesAreNormalised() {
    assertThat(region("深圳市 龙华区")).contains(new Region("广东省", "深圳市", "440309"));
  }

  @Test
  void provinceAdministeredCountyStandsAtCityLevel() {
    assertThat(region("仙桃市人民医院")).contains(new Region("湖北省", "仙桃市", "429004"));
  }

  @Test
  void aliasWithUnknownCodeNamesFileLineAndFix(@TempDir Path dir) throws IOException {
    Files.copy(FixtureDocuments.REFERENCE.resolve("regions.tsv"), dir.resolve("regions.tsv"));
    Files.writeString(
        dir.resolve("region-rules.yml"), "aliases:\n  冀北: \"139999\"\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> RegionResolver.load(dir))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage(
            dir.resolve("region-rules.yml")
                + ":2: aliases '冀北': code 139999 is not in regions.tsv; use a six-digit GB/T 2260 code in quotes, e.g. \"440305\"");
  }

  @Test
  void misspelledKeyNamesTheKnownKeys(@TempDir Path dir) throws IOException {
    Files.copy(FixtureDocuments.REFERENCE.resolve("regions.tsv"), dir.resolve("regions.tsv"));
    Files.writeString(
        dir.resolve("region-rules.yml"),
        "# rules\nalias:\n  冀北: \"130000\"\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> RegionResolver.load(dir))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith(
            dir.resolve("region-rules.yml")
                + ":2: unknown key 'alias' in the top level of region-rules.yml; known keys: ");
  }

  @Test
  void loadsTheWholeDivisionFileQuickly() {
    long start = System.nanoTime();
    RegionResolver fresh = RegionResolver.load(FixtureDocuments.REFERENCE);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "RegionResolver.load: %d ms%n", millis);
    assertThat(fresh.resolve("德清县交通运输局")).contains(new Region("浙江省", "湖州市", "330521"));
    assertThat(millis).isLessThan(2_000);
  }
}
