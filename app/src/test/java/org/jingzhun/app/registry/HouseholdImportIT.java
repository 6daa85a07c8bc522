// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jingzhun.app.IntegrationTest;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.csv.ImportReport;
import org.jingzhun.app.platform.csv.TextDecoding;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hand-made files, good and bad, through the real import into the real database. */
@IntegrationTest
class HouseholdImportIT {

    @Autowired
    HouseholdImportService imports;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    String village;
    String otherVillage;
    String grid;

    @BeforeEach
    void pickVillages() {
        // villages of 吉安县 that no other test writes to
        var villages = jdbc.sql("select code from region where level = 'village' and code like '360821105%' order by code limit 2")
                .query(String.class).list();
        village = villages.get(0);
        otherVillage = villages.get(1);
        grid = village + "001";
    }

    private String hh(String village, int seq) {
        return village + String.format("%04d", seq);
    }

    private ImportReport importBytes(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return imports.importFile(f, "test", JobProgress.NONE);
    }

    private ImportReport importCsv(TemplateFile file) throws IOException {
        return importBytes("households.csv", file.csv(StandardCharsets.UTF_8));
    }

    private long households() {
        return jdbc.sql("select count(*) from household").query(Long.class).single();
    }

    private TemplateFile twoHouseholds(int base) {
        return new TemplateFile()
                .head(hh(village, base), village, TemplateFile.id("19700101", base * 10 + 1), "王建国").set("网格编码", grid)
                .member(hh(village, base), TemplateFile.id("19720202", base * 10 + 2), "李秀英", "配偶")
                .member(hh(village, base), TemplateFile.id("20120303", base * 10 + 3), "王小明", "之子")
                .set("在校生状况", "小学").set("文化程度", "小学").set("劳动技能", "无劳动力").set("务工状况", "未务工")
                .set("务工时间(月)", "0")
                .head(hh(village, base + 1), village, TemplateFile.id("19500505", base * 10 + 5), "欧阳春花")
                .set("户类型", "脱贫户").set("脱贫年度", "2018");
    }

    @Test
    void importsAFileAndImportingItAgainChangesNothing() throws IOException {
        TemplateFile file = twoHouseholds(10);
        ImportReport first = importCsv(file);
        assertThat(first.problems()).isEmpty();
        assertThat(first.applied()).isTrue();
        assertThat(first.inserted()).isEqualTo(2);
        assertThat(jdbc.sql("select size || '/' || category || '/' || reference_income_fen from household where id = :id")
                .param("id", hh(village, 10)).query(String.class).single())
                // (36000 + 5000.50 + 0 + 2400 − 1200 − 800) / 3 = 13800.17
                .isEqualTo("3/ORDINARY/1380017");
        assertThat(jdbc.sql("select string_agg(relation, ',' order by seq) from person where household_id = :id")
                .param("id", hh(village, 10)).query(String.class).single()).isEqualTo("HEAD,SPOUSE,SON");

        ImportReport again = importCsv(file);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(jdbc.sql("select version from household where id = :id").param("id", hh(village, 10))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aChangedFileMakesANewVersionAndKeepsTheOldOneInHistory() throws IOException {
        importCsv(twoHouseholds(20));
        ImportReport changed = importCsv(twoHouseholds(20).set(0, "住房安全", "否"));
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(1);
        assertThat(jdbc.sql("select version || '/' || housing_safe from household where id = :id").param("id", hh(village, 20))
                .query(String.class).single()).isEqualTo("2/false");
        assertThat(jdbc.sql("select document->>'housingSafe' from household_history where household_id = :id and version = 1")
                .param("id", hh(village, 20)).query(String.class).single()).isEqualTo("true");
    }

    @Test
    void readsGbkFilesAsSavedByChineseExcel() throws IOException {
        ImportReport r = importBytes("gbk.csv", twoHouseholds(30).csv(TextDecoding.GBK));
        assertThat(r.problems()).isEmpty();
        assertThat(r.encoding()).isEqualTo("GBK");
        assertThat(jdbc.sql("select head_name from household where id = :id").param("id", hh(village, 31))
                .query(String.class).single()).isEqualTo("欧阳春花");
    }

    @Test
    void readsXlsx() throws IOException {
        ImportReport r = importBytes("households.xlsx", twoHouseholds(40).xlsx());
        assertThat(r.problems()).isEmpty();
        assertThat(r.inserted()).isEqualTo(2);
    }

    @Test
    void badIdNumbersAndImpossibleDatesAreReportedAtTheirCell() throws IOException {
        long before = households();
        String good = TemplateFile.id("19720202", 502);
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        String feb30 = "36082119800230503X";
        TemplateFile file = twoHouseholds(50);
        file.set(1, "证件号码", badCheck);
        file.set(2, "证件号码", feb30);
        ImportReport r = importCsv(file);
        assertThat(r.applied()).isFalse();
        assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactlyInAnyOrder(tuple(3L, "证件号码"), tuple(4L, "证件号码"));
        assertThat(r.problems()).extracting(ImportProblem::message)
                .anySatisfy(m -> assertThat(m).contains("校验位"))
                .anySatisfy(m -> assertThat(m).contains("出生日期"));
        assertThat(households()).isEqualTo(before);
    }

    @Test
    void unknownRegionCodesAreReported() throws IOException {
        long before = households();
        String fake = "360821999999";
        TemplateFile file = new TemplateFile().head(fake + "0001", fake, TemplateFile.id("19600606", 601), "张三");
        ImportReport r = importCsv(file);
        assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value)
                .containsExactly(tuple(2L, "区划代码", fake));
        assertThat(households()).isEqualTo(before);
    }

    @Test
    void aPersonInTwoHouseholdsIsReportedWithBothPlaces() throws IOException {
        importCsv(twoHouseholds(60));
        String spouse = TemplateFile.id("19720202", 602);
        long before = households();
        TemplateFile elsewhere = new TemplateFile()
                .head(hh(otherVillage, 61), otherVillage, TemplateFile.id("19650101", 611), "赵六")
                .member(hh(otherVillage, 61), spouse, "李秀英", "配偶");
        ImportReport r = importCsv(elsewhere);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("证件号码");
            assertThat(p.message()).contains(hh(village, 60));
        });
        TemplateFile twiceInFile = twoHouseholds(70).member(hh(village, 71), TemplateFile.id("19700101", 701), "王建国", "之子");
        ImportReport dup = importCsv(twiceInFile);
        assertThat(dup.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.message()).contains("第 2 行");
        });
        assertThat(households()).isEqualTo(before);
    }

    @Test
    void wrongHeadersAreRefusedBeforeAnyRow() throws IOException {
        ImportReport r = importCsv(twoHouseholds(80).renameHeader("姓名", "名字").dropHeader("饮水安全"));
        assertThat(r.applied()).isFalse();
        assertThat(r.problems()).extracting(ImportProblem::row).containsOnly(1L);
        assertThat(r.problems()).extracting(ImportProblem::column).contains("名字", "姓名", "饮水安全");
    }

    @Test
    void formulaCellsAreRefused() throws IOException {
        ImportReport csv = importCsv(twoHouseholds(90).set(1, "姓名", "=HYPERLINK(\"http://x\")"));
        assertThat(csv.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(tuple(3L, "姓名"));
        ImportReport xlsx = importBytes("f.xlsx", twoHouseholds(90).set(2, "工资性收入", "=1+1").set(2, "户类型", "一般农户").xlsx());
        assertThat(xlsx.problems()).extracting(ImportProblem::row, ImportProblem::column).contains(tuple(4L, "工资性收入"));
        assertThat(xlsx.applied()).isFalse();
    }

    @Test
    void aTruncatedFileIsReportedWhereItEnds() throws IOException {
        long before = households();
        byte[] csv = twoHouseholds(100).csv(StandardCharsets.UTF_8);
        ImportReport r = importBytes("cut.csv", Arrays.copyOf(csv, csv.length - 40));
        assertThat(r.applied()).isFalse();
        assertThat(r.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.row()).isEqualTo(5L));

        byte[] xlsx = twoHouseholds(100).xlsx();
        ImportReport x = importBytes("cut.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2));
        assertThat(x.applied()).isFalse();
        assertThat(x.problems()).isNotEmpty();
        assertThat(x.problems().getFirst().message()).contains("损坏");
        assertThat(households()).isEqualTo(before);
    }

    @Test
    void householdRulesAcrossRowsAreChecked() throws IOException {
        TemplateFile noHead = new TemplateFile().head(hh(village, 110), village, TemplateFile.id("19700101", 1101), "甲")
                .set("与户主关系", "配偶");
        assertThat(importCsv(noHead).problems()).extracting(ImportProblem::message)
                .anySatisfy(m -> assertThat(m).contains("没有户主"));
        TemplateFile memberMarkedHead = twoHouseholds(120).set(1, "与户主关系", "户主");
        assertThat(importCsv(memberMarkedHead).problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("与户主关系");
            assertThat(p.message()).contains("户级信息");
        });
        TemplateFile twoHeads = twoHouseholds(125).head(hh(village, 125), village, TemplateFile.id("19800808", 1251), "第二户主");
        assertThat(importCsv(twoHeads).problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.message()).contains("不止一个户主").contains("第 2 行");
        });
        TemplateFile disagree = twoHouseholds(130).set(1, "户类型", "脱贫户");
        assertThat(importCsv(disagree).problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("户类型");
        });
        TemplateFile monitoredWithoutType = twoHouseholds(140).set(0, "户类型", "监测户");
        assertThat(importCsv(monitoredWithoutType).problems()).singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo("监测对象类别"));
        TemplateFile vocabulary = twoHouseholds(150).set(1, "健康状况", "很好");
        assertThat(importCsv(vocabulary).problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("健康状况");
            assertThat(p.value()).isEqualTo("很好");
            assertThat(p.message()).contains("长期慢性病");
        });
    }

    @Test
    void aFileOverTheRowLimitIsRefused(@Autowired javax.sql.DataSource dataSource,
                                       @Autowired org.springframework.transaction.support.TransactionTemplate tx,
                                       @Autowired org.jingzhun.app.platform.i18n.Messages messages) throws IOException {
        HouseholdImporter limited = new HouseholdImporter(dataSource, jdbc, tx, messages, java.time.Clock.systemUTC(), 2);
        try (var source = new org.jingzhun.app.platform.csv.CsvSource(
                new java.io.ByteArrayInputStream(twoHouseholds(160).csv(StandardCharsets.UTF_8)))) {
            ImportReport r = limited.importFile(source, "big.csv", "test", org.jingzhun.app.platform.security.DataScope.EVERYTHING, JobProgress.NONE);
            assertThat(r.applied()).isFalse();
            assertThat(r.problems().getLast().message()).contains("上限");
        }
    }

    @Test
    void aCancelledImportWritesNothing() throws IOException {
        long before = households();
        TemplateFile big = new TemplateFile();
        for (int i = 0; i < 6_000; i++) {
            String id = otherVillage + String.format("%04d", 3000 + i % 6000);
            big.head(id, otherVillage, TemplateFile.id("19400101", 20_000 + i * 2), "甲乙")
                    .member(id, TemplateFile.id("19400101", 20_001 + i * 2), "丙丁", "配偶");
        }
        JobProgress cancelAfterFirstBatch = new JobProgress() {
            long done;

            @Override
            public void rowsTotal(Long total) {
            }

            @Override
            public void rowsDone(long d) {
                done = d;
            }

            @Override
            public boolean cancelled() {
                return done >= 5_000;
            }
        };
        Path f = dir.resolve("big.csv");
        Files.write(f, big.csv(StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.importFile(f, "test", cancelAfterFirstBatch))
                .isInstanceOf(org.jingzhun.app.platform.jobs.JobCancelledException.class);
        assertThat(households()).isEqualTo(before);
    }
}
