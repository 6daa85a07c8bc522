// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application. Start it through {@link Jingzhun}, the command line. */
/* No in-memory user with a generated password: users live in app_user (security/). */
@SpringBootApplication(exclude = org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class JingzhunApplication {
}
