// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.medical;

import java.math.BigDecimal;
import java.util.List;
import org.jingzhun.kernel.Money;

/**
 * What one line paid and why: every figure that went into the amount, so that it can be explained
 * (and re-computed by hand) without the parameters at hand.
 *
 * @param line          the line
 * @param covered       whether the line applies to the patient at all (false: amount 0, see notes)
 * @param group         the status whose terms applied (医疗救助, 补充保险, a favoured 大病保险 group), or null
 * @param base          the eligible cost that reached the line: what the earlier lines left of the eligible part
 * @param deductible    the line's deductible (起付线) in force for this patient
 * @param deductibleMet the part of this bill's base that went to the deductible (not paid by the line)
 * @param rate          the rate applied above the deductible
 * @param computed      (base − deductibleMet) × rate, before the cap
 * @param cap           the yearly cap, or null when the line has none for this patient
 * @param capLeft       what the cap allowed after this year's earlier payments, or null without a cap
 * @param amount        what the line pays
 * @param notes         the conditions that shaped the result
 */
public record LineResult(CoverLine line, boolean covered, CoverStatus group, Money base, Money deductible, Money deductibleMet,
                         BigDecimal rate, Money computed, Money cap, Money capLeft, Money amount, List<Note> notes) {

    /** Conditions worth telling the patient about. */
    public enum Note {
        /** The patient has no status this line covers. */
        NOT_COVERED,
        /** 省外就医: out-of-province deductible and a lower rate. */
        OUT_OF_PROVINCE,
        /** A favoured group's relief applied (大病保险 倾斜: lower threshold, higher rate, perhaps no cap). */
        FAVOURED,
        /** The yearly deductible was partly or wholly met by earlier stays this year. */
        DEDUCTIBLE_PARTLY_MET_BEFORE,
        /** The base did not exceed the deductible: nothing to pay. */
        BELOW_DEDUCTIBLE,
        /** The yearly cap cut the amount. */
        CAPPED
    }

    public LineResult {
        notes = List.copyOf(notes);
    }

    public boolean has(Note note) {
        return notes.contains(note);
    }
}
