// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import java.math.BigDecimal;
import java.util.List;
import org.jingzhun.app.exit.ExitViews.CriterionView;
import org.jingzhun.app.exit.ExitViews.EvaluationView;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.kernel.exit.CriterionResult;
import org.jingzhun.kernel.exit.ExitCriterion;
import org.jingzhun.kernel.exit.ExitEvaluation;
import org.jingzhun.kernel.exit.Verdict;
import org.springframework.stereotype.Component;

/** An evaluation as the API shows it: every criterion with its values and a Chinese sentence. */
@Component
class ExitExplainer {

    private final Messages messages;

    ExitExplainer(Messages messages) {
        this.messages = messages;
    }

    EvaluationView view(ExitEvaluation e, int parameterVersion) {
        List<CriterionView> criteria = e.criteria().stream().map(this::criterion).toList();
        List<String> reasons = criteria.stream().filter(c -> !c.verdict().equals(Verdict.PASS.name()))
                .map(CriterionView::explanation).toList();
        return new EvaluationView(e.level().name(), e.year(), e.verdict().name(), parameterVersion, criteria, reasons);
    }

    private CriterionView criterion(CriterionResult r) {
        ExitCriterion c = r.criterion();
        String label = messages.get("exit.criterion." + c.name());
        String verdict = messages.get("exit.verdict." + r.verdict().name());
        String explanation;
        if (r.verdict() == Verdict.UNKNOWN) {
            explanation = messages.get("exit.explain.unknown." + c.name(), label);
        } else if (r.ratio() != null) {
            explanation = messages.get("exit.explain.rate", label, percent(r.value()), String.valueOf(r.ratio().numerator()),
                    String.valueOf(r.ratio().denominator()), messages.get("exit.comparison." + c.comparison().name()),
                    percent(r.threshold()), verdict);
        } else if (c == ExitCriterion.INCOME) {
            explanation = messages.get("exit.explain.income", r.value().toPlainString(), r.threshold().toPlainString(), verdict);
        } else {
            explanation = messages.get("exit.explain.holds." + c.name() + "." + r.verdict().name(), r.value().toPlainString());
        }
        return new CriterionView(c.name(), label, r.verdict().name(), r.value(), r.threshold(),
                r.ratio() == null ? null : r.ratio().numerator(), r.ratio() == null ? null : r.ratio().denominator(), explanation);
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
