// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.medical;

import java.util.List;

/** The parameter version in use lacks some of the calculator's parameters (for the year asked). */
public class MissingParametersException extends IllegalArgumentException {

    private final List<String> names;

    public MissingParametersException(List<String> names) {
        super("missing medical parameters: " + String.join(", ", names));
        this.names = List.copyOf(names);
    }

    public List<String> names() {
        return names;
    }
}
