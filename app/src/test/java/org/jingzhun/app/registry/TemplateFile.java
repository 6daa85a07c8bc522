// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jingzhun.kernel.IdNumber;

/** Builds household template files for tests: valid by default, with any cell changed on purpose. */
public final class TemplateFile {

    private final List<String> headers = new ArrayList<>(HouseholdTemplate.headers());
    private final List<Map<String, String>> rows = new ArrayList<>();

    /** A valid ID number for a birth date and sequence ({@code 360821} address); each 1000 of seq shifts the year. */
    public static String id(String birth, int seq) {
        int year = Integer.parseInt(birth.substring(0, 4)) + seq / 1000;
        String first17 = "360821" + year + birth.substring(4) + String.format("%03d", seq % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A head's row with all household columns filled. */
    public TemplateFile head(String householdId, String village, String idNumber, String name) {
        Map<String, String> r = person(householdId, idNumber, name, "户主");
        r.put("区划代码", village);
        r.put("户类型", "一般农户");
        r.put("收入年度", "2025");
        r.put("工资性收入", "36000");
        r.put("生产经营性收入", "5000.50");
        r.put("财产性收入", "0");
        r.put("转移性收入", "2400");
        r.put("生产经营性支出", "1200");
        r.put("理赔收入", "0");
        r.put("合规自付支出", "800");
        r.put("住房安全", "是");
        r.put("饮水安全", "是");
        rows.add(r);
        return this;
    }

    public TemplateFile member(String householdId, String idNumber, String name, String relation) {
        rows.add(person(householdId, idNumber, name, relation));
        return this;
    }

    private static Map<String, String> person(String householdId, String idNumber, String name, String relation) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("户编号", householdId);
        r.put("姓名", name);
        r.put("证件号码", idNumber);
        r.put("与户主关系", relation);
        r.put("民族", "汉族");
        r.put("文化程度", "初中");
        r.put("在校生状况", "非在校生");
        r.put("健康状况", "健康");
        r.put("劳动技能", "普通劳动力");
        r.put("务工状况", "县内务工");
        r.put("务工时间(月)", "10");
        r.put("参加基本医保", "是");
        r.put("参加大病保险", "是");
        r.put("参加基本养老保险", "是");
        r.put("参加商业补充医疗保险", "否");
        r.put("公益岗位", "否");
        return r;
    }

    /** Sets a cell of the last row added. */
    public TemplateFile set(String column, String value) {
        rows.getLast().put(column, value);
        return this;
    }

    /** Sets a cell of row {@code index} (0 = first data row). */
    public TemplateFile set(int index, String column, String value) {
        rows.get(index).put(column, value);
        return this;
    }

    public TemplateFile renameHeader(String from, String to) {
        headers.set(headers.indexOf(from), to);
        return this;
    }

    public TemplateFile dropHeader(String header) {
        headers.remove(header);
        return this;
    }

    String csv() {
        StringBuilder sb = new StringBuilder(String.join(",", headers)).append('\n');
        for (Map<String, String> r : rows) {
            List<String> cells = new ArrayList<>();
            for (String h : headers) {
                String v = r.getOrDefault(h, "");
                cells.add(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }

    public byte[] csv(Charset charset) {
        return csv().getBytes(charset);
    }

    /** An .xlsx; a value starting with {@code =} is written as a formula. */
    byte[] xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("户");
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headers.size(); c++) {
                String v = rows.get(r).get(headers.get(c));
                if (v != null && v.startsWith("=")) {
                    ws.formula(r + 1, c, v.substring(1));
                } else if (v != null) {
                    ws.value(r + 1, c, v);
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }
}
