// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.util.List;
import org.jingzhun.kernel.monitoring.Outcome.Rejection;
import org.jingzhun.kernel.monitoring.Unmet;

/** The procedure refused a command; answered as a problem detail with the reason (see {@link MonitoringProblems}). */
public class ProcedureRejectedException extends RuntimeException {

    private final transient Rejection rejection;
    private final transient List<Unmet> unmet;

    ProcedureRejectedException(Rejection rejection, List<Unmet> unmet) {
        super(rejection.reason().name() + " " + rejection.details());
        this.rejection = rejection;
        this.unmet = List.copyOf(unmet);
    }

    ProcedureRejectedException(Rejection rejection) {
        this(rejection, List.of());
    }

    public Rejection rejection() {
        return rejection;
    }

    /** For a refused risk removal: every unmet condition. */
    public List<Unmet> unmet() {
        return unmet;
    }
}
