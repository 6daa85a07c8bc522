// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application. Start it through {@link Jingzhun}, the command line. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JingzhunApplication {
}
