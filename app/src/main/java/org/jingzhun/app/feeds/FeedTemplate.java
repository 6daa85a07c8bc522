// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds;

import java.util.List;
import org.jingzhun.app.platform.csv.CsvHeader.Column;

/** The long feed format of DOMAIN.md §7: one department record per row. */
public final class FeedTemplate {

    public static final Column DEPARTMENT = new Column(true, "部门", "department");
    public static final Column RECORD_ID = new Column(true, "记录编号", "recordId");
    public static final Column ID_NUMBER = new Column(true, "证件号码", "idNumber");
    public static final Column ITEM = new Column(true, "数据项", "item");
    public static final Column DATE = new Column(true, "发生日期", "date");
    public static final Column VALUE = new Column(false, "数值", "value");
    public static final Column TEXT = new Column(false, "文本值", "text");

    public static final List<Column> COLUMNS = List.of(DEPARTMENT, RECORD_ID, ID_NUMBER, ITEM, DATE, VALUE, TEXT);

    private FeedTemplate() {
    }
}
