// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.web;

/** A write without {@code If-Match} (428): optimistic locking needs the version the caller read. */
public class PreconditionRequiredException extends RuntimeException {
    public PreconditionRequiredException() {
        super("If-Match required");
    }
}
