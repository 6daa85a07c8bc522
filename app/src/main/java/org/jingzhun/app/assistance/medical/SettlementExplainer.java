// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance.medical;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.app.assistance.medical.MedicalViews.CalculationView;
import org.jingzhun.app.assistance.medical.MedicalViews.LineView;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.medical.CoverStatus;
import org.jingzhun.kernel.medical.LineResult;
import org.jingzhun.kernel.medical.LineResult.Note;
import org.jingzhun.kernel.medical.Settlement;
import org.springframework.stereotype.Component;

/** Turns a settlement into its view, each line with a Chinese sentence that re-traces the computation. */
@Component
class SettlementExplainer {

    private final Messages messages;

    SettlementExplainer(Messages messages) {
        this.messages = messages;
    }

    CalculationView view(Settlement s, MedicalTerms.Terms terms) {
        List<LineView> lines = new ArrayList<>();
        for (LineResult l : s.lines()) {
            lines.add(new LineView(l.line().name(), messages.get("medical.line." + l.line().name()), l.covered(),
                    l.group() == null ? null : l.group().name(), yuan(l.base()), yuan(l.deductible()), yuan(l.deductibleMet()),
                    l.rate(), yuan(l.computed()), l.cap() == null ? null : yuan(l.cap()),
                    l.capLeft() == null ? null : yuan(l.capLeft()), yuan(l.amount()),
                    l.notes().stream().map(Enum::name).toList(), explain(l)));
        }
        BigDecimal share = s.bill().eligible().fen() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(s.eligibleOutOfPocket().fen()).divide(BigDecimal.valueOf(s.bill().eligible().fen()), 4,
                RoundingMode.HALF_UP);
        return new CalculationView(terms.version(), terms.year(), yuan(s.bill().total()), yuan(s.bill().eligible()),
                s.bill().level().name(), s.bill().inProvince(),
                s.bill().statuses().stream().sorted().map(Enum::name).toList(), lines, yuan(s.covered()), yuan(s.outOfPocket()),
                yuan(s.eligibleOutOfPocket()), yuan(s.outOfPocketAfterPublicSchemes()), share);
    }

    String explain(LineResult l) {
        String label = messages.get("medical.line." + l.line().name());
        if (!l.covered()) {
            return messages.get("medical.explain.not-covered", label);
        }
        StringBuilder sb = new StringBuilder(messages.get("medical.explain.base", label, text(l.base())));
        if (l.group() != null) {
            sb.append(messages.get("medical.explain.group", status(l.group())));
        }
        if (l.has(Note.OUT_OF_PROVINCE)) {
            sb.append(messages.get("medical.explain.out-of-province"));
        }
        if (l.has(Note.FAVOURED)) {
            sb.append(messages.get("medical.explain.favoured"));
        }
        sb.append(messages.get("medical.explain.deductible", text(l.deductible()), text(l.deductibleMet())));
        if (l.has(Note.DEDUCTIBLE_PARTLY_MET_BEFORE)) {
            sb.append(messages.get("medical.explain.deductible-before"));
        }
        if (l.has(Note.BELOW_DEDUCTIBLE)) {
            sb.append(messages.get("medical.explain.below-deductible"));
        } else {
            sb.append(messages.get("medical.explain.rate", text(l.base().minus(l.deductibleMet())), percent(l.rate()),
                    text(l.computed())));
        }
        if (l.cap() == null) {
            sb.append(messages.get("medical.explain.uncapped"));
        } else if (l.has(Note.CAPPED)) {
            sb.append(messages.get("medical.explain.capped", text(l.cap()), text(l.capLeft())));
        } else {
            sb.append(messages.get("medical.explain.within-cap", text(l.cap()), text(l.capLeft())));
        }
        sb.append(messages.get("medical.explain.pays", text(l.amount())));
        return sb.toString();
    }

    String status(CoverStatus s) {
        return messages.get("medical.status." + s.name());
    }

    static BigDecimal yuan(Money m) {
        return m.toYuan();
    }

    private static String text(Money m) {
        return m.toString();
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
