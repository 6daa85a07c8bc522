// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.web;

/** Offset paging limits shared by list endpoints ({@code page} from 0, {@code size} rows). */
public final class Paging {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    public static void check(int page, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("problem.page.size", MAX_SIZE);
        }
        if (page < 0) {
            throw new BadRequestException("problem.page.page");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new BadRequestException("problem.page.page");
        }
    }
}
