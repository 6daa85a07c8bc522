// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jingzhun.app.IntegrationTest;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.csv.ImportReport;
import org.jingzhun.app.platform.csv.TextDecoding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RegionImportIT {

    @Autowired
    RegionImporter regions;
    @Autowired
    GridImporter grids;
    @Autowired
    RegionService service;
    @Autowired
    JdbcClient jdbc;

    private static final String HAINAN = """
            code,name
            46,海南省
            4604,儋州市
            460400100,那大镇
            460400100001,东风居委会
            460400100201,石屋村委会
            """;

    private ImportReport importRegions(String csv, Charset charset) {
        return regions.importCsv(new ByteArrayInputStream(csv.getBytes(charset)), "test.csv");
    }

    private long count(String prefix) {
        return jdbc.sql("select count(*) from region where code like :p").param("p", prefix + "%").query(Long.class).single();
    }

    @Test
    void importsAnotherProvinceInShortCodesAndGbkAndAgainChangesNothing() {
        ImportReport first = importRegions(HAINAN, TextDecoding.GBK);
        assertThat(first.applied()).isTrue();
        assertThat(first.encoding()).isEqualTo("GBK");
        assertThat(first.inserted()).isEqualTo(5);
        // 儋州 has no counties: its townships hang directly under the city
        assertThat(service.get("460400100000").parentCode()).isEqualTo("460400000000");
        assertThat(service.get("460400100201").path()).containsExactly("海南省", "儋州市", "那大镇", "石屋村委会");

        ImportReport again = importRegions(HAINAN, StandardCharsets.UTF_8);
        assertThat(again.applied()).isTrue();
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(count("46")).isEqualTo(5);
    }

    @Test
    void aRenamedRegionIsUpdatedInPlace() {
        importRegions("code,name\n65,新疆维吾尔自治区\n6501,乌鲁木齐市\n", StandardCharsets.UTF_8);
        ImportReport r = importRegions("name,code\n乌鲁木齐市（新）,6501\n", StandardCharsets.UTF_8);
        assertThat(r.applied()).isTrue();
        assertThat(r.updated()).isEqualTo(1);
        assertThat(service.get("650100000000").name()).isEqualTo("乌鲁木齐市（新）");
    }

    @Test
    void aFileWithAnyProblemWritesNothingAndSaysWhereEachProblemIs() {
        String csv = """
                code,name
                53,云南省
                5301,昆明市
                53011,五华区
                530102,
                530103,盘龙区
                530103,盘龙县
                540102001001,拉萨某村
                5301020010a1,坏代码
                """;
        ImportReport r = importRegions(csv, StandardCharsets.UTF_8);
        assertThat(r.applied()).isFalse();
        assertThat(r.inserted()).isZero();
        assertThat(count("53")).isZero();
        assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(4L, "code", "53011"),
                        org.assertj.core.groups.Tuple.tuple(5L, "name", null),
                        org.assertj.core.groups.Tuple.tuple(9L, "code", "5301020010a1"));
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).containsPattern("[\\u4e00-\\u9fa5]"));
    }

    @Test
    void consistencyProblemsAreFoundInTheDatabaseAndReportedByRow() {
        String csv = """
                code,name
                53,云南省
                5301,昆明市
                530103,盘龙区
                530103,盘龙县
                540102001001,拉萨某村
                """;
        ImportReport r = importRegions(csv, StandardCharsets.UTF_8);
        assertThat(r.applied()).isFalse();
        assertThat(count("53")).isZero();
        assertThat(r.problems()).extracting(ImportProblem::row).containsExactlyInAnyOrder(5L, 6L);
        assertThat(r.problems()).filteredOn(p -> p.row() == 5).first()
                .satisfies(p -> assertThat(p.message()).contains("重复").contains("第 4 行").contains("盘龙区"));
        assertThat(r.problems()).filteredOn(p -> p.row() == 6).first()
                .satisfies(p -> assertThat(p.message()).contains("540102001000"));
    }

    @Test
    void unknownAndMissingHeadersAreRefused() {
        ImportReport r = importRegions("code,名字,extra\n36,江西省\n", StandardCharsets.UTF_8);
        assertThat(r.applied()).isFalse();
        assertThat(r.problems()).extracting(ImportProblem::row).containsOnly(1L);
        assertThat(r.problems()).extracting(ImportProblem::column).contains("名字", "extra", "name");
        assertThat(importRegions("", StandardCharsets.UTF_8).problems().getFirst().message()).contains("文件为空");
    }

    @Test
    void importsProductionGridsAndRefusesGridsOfUnknownVillages() {
        String village = jdbc.sql("select code from region where level = 'village' and code like '3611%' order by code limit 1")
                .query(String.class).single();
        String csv = "网格编码,网格名称,网格类型\n" + village + "901,导入网格一,城市\n" + village + "902,导入网格二,\n";
        ImportReport ok = grids.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "grids.csv");
        assertThat(ok.applied()).isTrue();
        assertThat(ok.inserted()).isEqualTo(2);
        assertThat(jdbc.sql("select kind || '/' || source from grid where code = :c").param("c", village + "901")
                .query(String.class).single()).isEqualTo("URBAN/IMPORT");
        ImportReport again = grids.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "grids.csv");
        assertThat(again.inserted() + again.updated()).isZero();

        String bad = "code,name\n" + village + "903,好网格\n361199999999001,无主网格\n" + village + "000,零号\n" + village + "904,网格,多余\n";
        ImportReport refused = grids.importCsv(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.csv");
        assertThat(refused.applied()).isFalse();
        assertThat(refused.problems()).extracting(ImportProblem::row).containsExactlyInAnyOrder(3L, 4L, 5L);
        assertThat(jdbc.sql("select count(*) from grid where code = :c").param("c", village + "903")
                .query(Long.class).single()).isZero();
    }
}
