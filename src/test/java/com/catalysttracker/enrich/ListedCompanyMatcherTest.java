package com.catalysttracker.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.catalysttracker.document.ListedCompany;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListedCompanyMatcherTest {

  private static final ListedCompanyMatcher MATCHER =
      ListedCompanyMatcher.load(FixtureDocuments.REFERENCE);
  private static final ListedCompany QIANFANG = new ListedCompany("002373", "千方科技");

  @Test
  void mapsLegalNameToListedCompany() {
    assertThat(MATCHER.match("北京千方科技股份有限公司")).contains(QIANFANG);
  }

  @Test
  void mapsSubsidiaryToListedParent() {
    assertThat(MATCHER.match("北京北大千方科技有限公司")).contains(QIANFANG);
    assertThat(MATCHER.match("北京中电普华信息技术有限公司")).contains(new ListedCompany("600131", "国网信通"));
    assertThat(MATCHER.match("四川中电启明星信息技术有限公司")).contains(new ListedCompany("600131", "国网信通"));
    assertThat(MATCHER.match("邦道科技有限公司")).contains(new ListedCompany("300682", "朗新集团"));
  }

  @Test
  void mapsBranchNameToItsCompany() {
    assertThat(MATCHER.match("南京莱斯信息技术股份有限公司北京分公司")).contains(new ListedCompany("688631", "莱斯信息"));
    assertThat(MATCHER.match("北京千方科技股份有限公司重庆分公司")).contains(QIANFANG);
  }

  @Test
  void mapsFormerNameToTodaysCompany() {
    assertThat(MATCHER.match("北京联信永益科技股份有限公司")).contains(QIANFANG);
  }

  @Test
  void ignoresBracketWidthSpacesAndLatinCase() {
    assertThat(MATCHER.match("曙光信息产业（北京）有限公司")).contains(new ListedCompany("603019", "中科曙光"));
    assertThat(MATCHER.match("曙光信息产业(北京)有限公司")).contains(new ListedCompany("603019", "中科曙光"));
    assertThat(MATCHER.match(" 北京千方科技 股份有限公司 ")).contains(QIANFANG);
  }

  @Test
  void nearMissesDoNotMatch() {
    assertThat(MATCHER.match("千方百计商贸有限公司")).isEmpty();
    assertThat(MATCHER.match("北京千方科技发展有限公司")).isEmpty();
    assertThat(MATCHER.match("北京千方科技股份有限公司工会")).as("not a branch suffix").isEmpty();
    assertThat(MATCHER.match("南方电网数字电网研究院股份有限公司")).isEmpty();
    assertThat(MATCHER.match("")).isEmpty();
    assertThat(MATCHER.match(null)).isEmpty();
  }

  @Test
  void malformedYamlNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
    write(dir, "companies:\n  - code: \"002373\"\n    name: [千方科技\n");

    assertThatThrownBy(() -> ListedCompanyMatcher.load(dir))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith(
            dir.resolve("listed-companies.yml") + ":4: column 1: not valid YAML");
  }

  @Test
  void unquotedCodeThatLostItsLeadingZerosIsReportedWithTheFix(@TempDir Path dir)
      throws IOException {
    write(
        dir, "# seed\ncompanies:\n  - code: 2373\n    name: 千方科技\n    legal_name: 北京千方科技股份有限公司\n");

    assertThatThrownBy(() -> ListedCompanyMatcher.load(dir))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage(
            dir.resolve("listed-companies.yml")
                + ":3: code '2373' must be the six-digit stock code in quotes, e.g. code: \"002373\"");
  }

  @Test
  void missingLegalNameIsReportedAtTheEntry(@TempDir Path dir) throws IOException {
    write(dir, "companies:\n  - code: \"002373\"\n    name: 千方科技\n");

    assertThatThrownBy(() -> ListedCompanyMatcher.load(dir))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage(
            dir.resolve("listed-companies.yml")
                + ":2: company entry has no 'legal_name'; every company needs code, name and legal_name");
  }

  @Test
  void nameClaimedByTwoCompaniesIsRejected(@TempDir Path dir) throws IOException {
    write(
        dir,
        "companies:\n"
            + "  - code: \"002373\"\n    name: 千方科技\n    legal_name: 北京千方科技股份有限公司\n"
            + "  - code: \"300552\"\n    name: 万集科技\n    legal_name: 北京万集科技股份有限公司\n"
            + "    subsidiaries: [北京千方科技股份有限公司]\n");

    assertThatThrownBy(() -> ListedCompanyMatcher.load(dir))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage(
            dir.resolve("listed-companies.yml")
                + ":8: '北京千方科技股份有限公司' is already a name of 002373 千方科技; a name may belong to one company only");
  }

  @Test
  void misspelledKeyNamesTheKnownKeys(@TempDir Path dir) throws IOException {
    write(
        dir,
        "companies:\n  - code: \"002373\"\n    name: 千方科技\n    legal_name: 北京千方科技股份有限公司\n    alias: [千方]\n");

    assertThatThrownBy(() -> ListedCompanyMatcher.load(dir))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith(
            dir.resolve("listed-companies.yml")
                + ":5: unknown key 'alias' in a company entry; known keys: ");
  }

  private static void write(Path dir, String yaml) throws IOException {
    Files.writeString(dir.resolve("listed-companies.yml"), yaml, StandardCharsets.UTF_8);
  }
}
