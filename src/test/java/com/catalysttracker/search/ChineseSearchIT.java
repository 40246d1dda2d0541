package com.catalysttracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.document.Document;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexConfigApplier;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.testsupport.TestDocuments;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.catalysttracker.text.ChineseSegmenter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chinese search on the real embedded Elasticsearch: exact phrases through the standard analyzer,
 * words through the application's segmentation, and decoys that share only characters.
 */
class ChineseSearchIT {
  private static final Document VRC_TITLE =
      TestDocuments.policy(
          "vrc-title", "关于开展智能网联汽车“车路云一体化”应用试点工作的通知", "各有关单位：为推动智能网联汽车产业化发展，决定开展车路云一体化应用试点。");
  private static final Document VRC_BODY =
      TestDocuments.policy("vrc-body", "关于印发交通运输领域新型基础设施建设行动方案的通知", "推进公路数字化，有序推进车路云协同示范，建设智慧道路。");
  private static final Document VRC_DECOY =
      TestDocuments.policy("vrc-decoy", "云南省道路货车运输安全管理办法", "加强云南省道路货车运输管理，车辆进入高速路前须检查。");
  private static final Document LOW_ALTITUDE =
      TestDocuments.policy("low-altitude", "关于促进低空经济高质量发展的实施意见", "培育低空经济新业态，建设低空飞行服务站和起降场。");
  private static final Document LOW_ALTITUDE_DECOY =
      TestDocuments.policy("low-altitude-decoy", "关于做好冬季低空飞行安全工作的通知", "低空飞行活动增多，各地要统筹安全与经济效益。");
  private static final Document VPP =
      TestDocuments.policy("vpp", "关于加快推进虚拟电厂发展的指导意见", "到2027年，虚拟电厂调节能力达到2000万千瓦以上。");
  private static final Document VPP_DECOY =
      TestDocuments.policy("vpp-decoy", "关于虚拟现实与行业应用融合发展的行动计划", "推动虚拟现实在火电厂巡检、教育培训等场景应用。");

  private static DocumentSearch search;

  @BeforeAll
  static void indexCorpus() throws Exception {
    ElasticsearchClient client = TestElasticsearch.client();
    IndexNames names = new IndexNames(TestElasticsearch.prefixFor(ChineseSearchIT.class));
    TestElasticsearch.deleteIndices(names.prefix());
    new IndexConfigApplier(client, Path.of("index-config"), names).apply();
    ChineseSegmenter segmenter =
        ChineseSegmenter.fromDictionary(Path.of("index-config/dictionary.txt"));
    DocumentIndex index = new DocumentIndex(client, names, segmenter);
    DocumentIndex.BulkOutcome outcome =
        index.indexAll(
            List.of(
                VRC_TITLE, VRC_BODY, VRC_DECOY, LOW_ALTITUDE, LOW_ALTITUDE_DECOY, VPP, VPP_DECOY));
    assertThat(outcome.rejections()).isEmpty();
    index.refresh();
    search = new DocumentSearch(client, names, segmenter);
  }

  private static List<String> ids(String query) throws Exception {
    return search.search(query, 10).hits().stream().map(DocumentSearch.SearchHit::id).toList();
  }

  @Test
  void exactPhraseFindsTheTermInsideALongerOneAndNotScatteredCharacters() throws Exception {
    assertThat(ids("\"车路云\"")).containsExactly(VRC_TITLE.id(), VRC_BODY.id());
  }

  @Test
  void wordSearchRanksTheDocumentAboutTheThemeFirst() throws Exception {
    List<String> hits = ids("车路云");
    assertThat(hits).first().isEqualTo(VRC_TITLE.id());
    assertThat(hits).doesNotContain(VRC_DECOY.id());
  }

  @Test
  void lowAltitudeEconomyIsNotMatchedByLowAltitudeFlightAndEconomyApart() throws Exception {
    assertThat(ids("低空经济")).containsExactly(LOW_ALTITUDE.id());
    assertThat(ids("\"低空经济\"")).containsExactly(LOW_ALTITUDE.id());
  }

  @Test
  void virtualPowerPlantIsNotVirtualRealityInAPowerPlant() throws Exception {
    assertThat(ids("虚拟电厂")).containsExactly(VPP.id());
    assertThat(ids("\"虚拟电厂\"")).containsExactly(VPP.id());
  }

  @Test
  void allTermsMustMatch() throws Exception {
    assertThat(ids("车路云 试点")).containsExactly(VRC_TITLE.id());
    assertThat(ids("低空 起降场")).containsExactly(LOW_ALTITUDE.id());
  }

  @Test
  void aShorterWordTheSegmenterKeepsInsideALongTermIsFoundAsAWord() throws Exception {
    // 低空 is emitted inside 低空经济 and 低空飞行 at index time, so both documents match.
    assertThat(ids("低空")).containsExactlyInAnyOrder(LOW_ALTITUDE.id(), LOW_ALTITUDE_DECOY.id());
  }

  @Test
  void documentsComeBackWithTheirContractFields() throws Exception {
    DocumentSearch.SearchHit hit = search.search("虚拟电厂", 1).hits().get(0);
    assertThat(hit.document()).isEqualTo(VPP);
  }
}
