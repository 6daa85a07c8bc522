// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real (embedded) PostgreSQL in a throw-away cluster under
 * {@code target/it-data}, with the Jiangxi divisions and demo grids loaded as on a first start (demo households are not:
 * tests import their own).
 * All tests with this annotation share one application context, hence one database. Every write they make
 * through the API must leave an audit entry ({@link AuditedWrites}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jingzhun.data-dir=target/it-data/${random.uuid}",
        "jingzhun.embedded-postgres.ephemeral=true",
        "jingzhun.demo.enabled=true",
        "jingzhun.demo.households=false"})
@ExtendWith(AuditedWrites.class)
@Import(AuditedWrites.Recorder.class)
public @interface IntegrationTest {
}
