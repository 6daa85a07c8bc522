// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version recorded in the jar's manifest by the build. */
class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"jingzhun " + (v == null ? "(development build)" : v)};
    }
}
