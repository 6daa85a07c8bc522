// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL and points the application's {@link DataSource} at it, unless
 * {@code spring.datasource.url} names an external server, in which case nothing here exists and
 * Spring Boot's own data source configuration takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${jingzhun.data-dir}") Path dataDir, EmbeddedDatabaseProperties props) {
        return EmbeddedDatabase.start(dataDir, props);
    }

    /** Depends on the server, so Spring closes the pool before it stops PostgreSQL. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase db) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        config.setUsername("postgres");
        config.setPoolName("jingzhun-embedded");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }
}
