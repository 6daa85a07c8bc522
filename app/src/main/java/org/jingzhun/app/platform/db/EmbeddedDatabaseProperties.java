// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the embedded PostgreSQL runs when no {@code spring.datasource.url} is set. Its cluster lives
 * in {@code ${jingzhun.data-dir}/postgres} and its server log in {@code ${jingzhun.data-dir}/postgres.log}.
 *
 * @param port      TCP port on localhost; 0 picks a free one at each start
 * @param database  name of the application database inside the cluster
 * @param ephemeral delete the cluster when the application stops (tests only)
 * @param sharedBuffers PostgreSQL's {@code shared_buffers}, e.g. {@code 1GB}
 */
@ConfigurationProperties("jingzhun.embedded-postgres")
public record EmbeddedDatabaseProperties(int port, String database, boolean ephemeral, String sharedBuffers) {

    public EmbeddedDatabaseProperties {
        if (database == null || database.isBlank()) {
            database = "jingzhun";
        }
        if (sharedBuffers == null || sharedBuffers.isBlank()) {
            sharedBuffers = "1GB";
        }
    }
}
