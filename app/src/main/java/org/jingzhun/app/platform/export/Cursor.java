// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.export;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a query's rows through a server-side cursor: PostgreSQL hands them over {@value #FETCH} at a
 * time (a fetch size needs a transaction; it is read-only and rolled back), so that an export of a
 * province holds no more than a batch in memory. Other queries made by the callback run in the same
 * transaction, on the same connection.
 */
@Component
public class Cursor {

    static final int FETCH = 2_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public Cursor(DataSource dataSource, TransactionTemplate tx) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH);
        this.jdbc = JdbcClient.create(new NamedParameterJdbcTemplate(template));
        this.tx = tx;
    }

    /** Runs {@code sql} with {@code params}, handing each row to {@code handler} as it arrives. */
    public void each(String sql, Map<String, ?> params, RowCallbackHandler handler) {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly(); // read-only work
            jdbc.sql(sql).params(params).query(handler);
        });
    }
}
