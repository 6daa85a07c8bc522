// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance.medical;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jingzhun.app.assistance.medical.MedicalViews.FeedReference;
import org.jingzhun.app.feeds.FeedPushService;
import org.jingzhun.app.feeds.FeedPushService.PushedRecord;
import org.jingzhun.kernel.Money;
import org.springframework.stereotype.Component;

/**
 * What a settlement tells screening, as the medical insurance department's items (DOMAIN.md §7):
 * YB01, this stay's out-of-pocket after the three public schemes, and YB02, the patient's
 * cumulative out-of-pocket of the year — pushed through the feeds feature like any department
 * push, so that the warning rules on hospital costs see one-stop settlements at once. YB02 keeps one
 * record per patient and year, updated with each settlement (a push with the same record number
 * replaces the value).
 */
@Component
class YbFeeds {

    static final String DEPARTMENT = "YB";

    private final FeedPushService feeds;

    YbFeeds(FeedPushService feeds) {
        this.feeds = feeds;
    }

    /** Pushes both items; joins the caller's transaction. */
    List<FeedReference> push(SettlementRepository.Stored s, Money yearOutOfPocket) {
        int year = s.dischargedOn().getYear();
        BigDecimal stay = new Money(s.outOfPocketAfterPublicSchemesFen()).toYuan();
        String stayId = "YB01-" + s.settlementNo();
        String yearId = "YB02-" + year + "-" + personKey(s.idNumber());
        FeedPushService.PushResult r = feeds.push(DEPARTMENT, List.of(
                new PushedRecord(stayId, s.idNumber(), "YB01", s.dischargedOn().toString(), stay, "一站式结算 " + s.settlementNo()),
                new PushedRecord(yearId, s.idNumber(), "YB02", s.dischargedOn().toString(), yearOutOfPocket.toYuan(),
                        "一站式结算累计")));
        if (r.rejectedCount() > 0) {
            throw new IllegalStateException("the feeds refused a settlement's records: " + r.rejected());
        }
        return List.of(new FeedReference("YB01", stayId, stay, s.dischargedOn()),
                new FeedReference("YB02", yearId, yearOutOfPocket.toYuan(), s.dischargedOn()));
    }

    /** A record number part that names the patient without showing the ID number (a feed record id is not masked). */
    static String personKey(String idNumber) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("jingzhun-yb02:" + idNumber).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(h, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
