// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance.medical;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jingzhun.app.assistance.medical.MedicalViews.CalculationRequest;
import org.jingzhun.app.assistance.medical.MedicalViews.CalculationView;
import org.jingzhun.app.assistance.medical.MedicalViews.FeedReference;
import org.jingzhun.app.assistance.medical.MedicalViews.LineView;
import org.jingzhun.app.assistance.medical.MedicalViews.SettlementRequest;
import org.jingzhun.app.assistance.medical.MedicalViews.SettlementView;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.ConflictException;
import org.jingzhun.app.platform.web.NotFoundException;
import org.jingzhun.app.registry.HouseholdService;
import org.jingzhun.app.registry.HouseholdViews.HouseholdDetails;
import org.jingzhun.kernel.IdNumber;
import org.jingzhun.kernel.InvalidIdNumberException;
import org.jingzhun.kernel.Masking;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.medical.CoverLine;
import org.jingzhun.kernel.medical.CoverStatus;
import org.jingzhun.kernel.medical.FourLinesCalculator;
import org.jingzhun.kernel.medical.HospitalLevel;
import org.jingzhun.kernel.medical.InpatientBill;
import org.jingzhun.kernel.medical.Settlement;
import org.jingzhun.kernel.medical.YearToDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 医疗保障四道保障线: trial calculations, and one-stop settlements (一站式结算) recorded at discharge —
 * the patient's status taken from the registry, the year's earlier settlements counted against yearly
 * thresholds and caps, the result stored with its parameter version and pushed to screening as YB01
 * and YB02, the write audited, all in one transaction.
 */
@Service
public class MedicalSettlementService {

    private static final int MAX_TEXT = 200;

    private final MedicalTerms terms;
    private final SettlementRepository repository;
    private final SettlementExplainer explainer;
    private final YbFeeds feeds;
    private final HouseholdService households;
    private final AuditLog audit;
    private final CallerContext caller;
    private final Clock clock;

    MedicalSettlementService(MedicalTerms terms, SettlementRepository repository, SettlementExplainer explainer, YbFeeds feeds,
                             HouseholdService households, AuditLog audit, CallerContext caller, Clock clock) {
        this.terms = terms;
        this.repository = repository;
        this.explainer = explainer;
        this.feeds = feeds;
        this.households = households;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** A trial calculation; stores nothing (but the parameters' first version, on a new installation). */
    @Transactional
    public CalculationView calculate(CalculationRequest r) {
        if (r == null) {
            throw new BadRequestException("problem.medical.body");
        }
        LocalDate date = r.date() != null ? r.date() : LocalDate.now(clock);
        MedicalTerms.Terms t = terms.forYear(date.getYear());
        YearToDate ytd = YearToDate.NONE;
        Set<CoverStatus> statuses;
        if (r.idNumber() != null && !r.idNumber().isBlank()) {
            IdNumber id = idNumber(r.idNumber());
            HouseholdDetails h = households.ofPerson(id).orElseThrow(() -> notRegistered(id));
            statuses = r.statuses() != null ? statuses(r.statuses()) : statusesOf(h);
            ytd = yearToDate(repository.ofPersonInYear(id.value(), date.getYear()));
        } else {
            statuses = statuses(r.statuses());
        }
        InpatientBill bill = bill(r.total(), r.eligible(), r.hospitalLevel(), r.inProvince(), statuses);
        return explainer.view(FourLinesCalculator.settle(bill, t.params(), ytd), t);
    }

    /** Records a settlement reported at discharge; the same report again changes nothing. */
    @Transactional
    public SettlementView settle(SettlementRequest r) {
        if (r == null) {
            throw new BadRequestException("problem.medical.body");
        }
        String no = text(r.settlementNo(), "settlementNo", 40);
        if (!no.matches("[0-9A-Za-z_-]+")) {
            throw new BadRequestException("problem.medical.settlement-no");
        }
        IdNumber id = idNumber(r.idNumber());
        String hospital = text(r.hospital(), "hospital", MAX_TEXT);
        LocalDate today = LocalDate.now(clock);
        if (r.admittedOn() == null || r.dischargedOn() == null || r.admittedOn().isAfter(r.dischargedOn())
                || r.dischargedOn().isAfter(today)) {
            throw new BadRequestException("problem.medical.dates", today.toString());
        }
        HouseholdDetails h = households.ofPerson(id).orElseThrow(() -> notRegistered(id));
        repository.lockPerson(id.value());
        var existing = repository.findAnywhere(no);
        InpatientBill bill = bill(r.total(), r.eligible(), r.hospitalLevel(), r.inProvince(), statusesOf(h));
        if (existing.isPresent()) {
            return repeated(existing.get(), id, hospital, bill, r);
        }
        int year = r.dischargedOn().getYear();
        MedicalTerms.Terms t = terms.forYear(year);
        List<SettlementRepository.Stored> earlier = repository.ofPersonInYear(id.value(), year);
        Settlement s = FourLinesCalculator.settle(bill, t.params(), yearToDate(earlier));
        CalculationView view = explainer.view(s, t);
        Instant now = Instant.now(clock);
        SettlementRepository.Stored row = new SettlementRepository.Stored(0, no, id.value(), h.id(), h.villageCode(), hospital,
                bill.level().name(), bill.inProvince(), r.admittedOn(), r.dischargedOn(), join(bill.statuses()),
                bill.total().fen(), bill.eligible().fen(), s.amount(CoverLine.BASIC).fen(), s.amount(CoverLine.SERIOUS_ILLNESS).fen(),
                s.amount(CoverLine.ASSISTANCE).fen(), s.amount(CoverLine.SUPPLEMENTARY).fen(), s.outOfPocket().fen(), t.version(),
                view.lines(), now, caller.actor());
        repository.insert(row);
        Money yearOutOfPocket = new Money(s.outOfPocketAfterPublicSchemes().fen()
                + earlier.stream().mapToLong(SettlementRepository.Stored::outOfPocketAfterPublicSchemesFen).sum());
        List<FeedReference> pushed = feeds.push(row, yearOutOfPocket);
        SettlementView result = view(row, view, pushed);
        audit.record("medical.settle", "settlement:" + no, h.villageCode(), null, null, result);
        return result;
    }

    /** A settlement by its number, within the caller's scope. */
    @Transactional(readOnly = true)
    public SettlementView get(String settlementNo) {
        SettlementRepository.Stored s = repository.find(settlementNo)
                .orElseThrow(() -> new NotFoundException("problem.medical.not-found.title", "problem.medical.not-found", settlementNo));
        return stored(s);
    }

    /** Settlements of a region (code prefix pattern), newest first. */
    @Transactional(readOnly = true)
    public MedicalViews.SettlementPage list(String regionPattern, Long before, int size) {
        List<SettlementRepository.Stored> rows = repository.list(regionPattern, before, size + 1);
        boolean more = rows.size() > size;
        List<SettlementRepository.Stored> page = more ? rows.subList(0, size) : rows;
        return new MedicalViews.SettlementPage(page.stream().map(this::stored).toList(), size, more ? page.getLast().id() : null);
    }

    /** The settings in force in {@code year}, with their labels. */
    public MedicalViews.TermsView terms(int year, java.util.function.Function<String, String> label) {
        MedicalTerms.Terms t = terms.forYear(year);
        return new MedicalViews.TermsView(t.version(), year, t.values().entrySet().stream()
                .map(e -> new MedicalViews.TermValue(e.getKey(), label.apply(e.getKey()), e.getValue())).toList());
    }

    private SettlementView repeated(SettlementRepository.Stored s, IdNumber id, String hospital, InpatientBill bill,
                                    SettlementRequest r) {
        boolean same = s.idNumber().equals(id.value()) && s.hospital().equals(hospital) && s.totalFen() == bill.total().fen()
                && s.eligibleFen() == bill.eligible().fen() && s.hospitalLevel().equals(bill.level().name())
                && s.inProvince() == bill.inProvince() && s.admittedOn().equals(r.admittedOn())
                && s.dischargedOn().equals(r.dischargedOn());
        if (!same) {
            throw new ConflictException(Map.of("settlementNo", s.settlementNo()), "problem.medical.settlement-differs",
                    s.settlementNo()).titled("problem.medical.settlement-differs.title");
        }
        // nothing changes, but who reported what stays traceable
        audit.record("medical.settle-repeated", "settlement:" + s.settlementNo(), s.villageCode(), "相同结算单重复报送，未重复记录",
                null, null);
        return stored(s);
    }

    private SettlementView stored(SettlementRepository.Stored s) {
        Money total = new Money(s.totalFen());
        Money eligible = new Money(s.eligibleFen());
        Money covered = new Money(s.basicFen() + s.seriousFen() + s.assistanceFen() + s.supplementaryFen());
        BigDecimal share = s.eligibleFen() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(s.eligibleFen() - covered.fen())
                .divide(BigDecimal.valueOf(s.eligibleFen()), 4, RoundingMode.HALF_UP);
        List<String> statuses = s.statuses().isEmpty() ? List.of() : List.of(s.statuses().split(","));
        CalculationView calc = new CalculationView(s.parameterVersion(), s.dischargedOn().getYear(), total.toYuan(), eligible.toYuan(),
                s.hospitalLevel(), s.inProvince(), statuses, s.lines(), covered.toYuan(), new Money(s.outOfPocketFen()).toYuan(),
                eligible.minus(covered).toYuan(), new Money(s.outOfPocketAfterPublicSchemesFen()).toYuan(), share);
        int year = s.dischargedOn().getYear();
        long yearSum = repository.ofPersonInYear(s.idNumber(), year).stream().filter(o -> o.id() <= s.id())
                .mapToLong(SettlementRepository.Stored::outOfPocketAfterPublicSchemesFen).sum();
        List<FeedReference> refs = List.of(
                new FeedReference("YB01", "YB01-" + s.settlementNo(), calc.outOfPocketAfterPublicSchemes(), s.dischargedOn()),
                new FeedReference("YB02", "YB02-" + year + "-" + YbFeeds.personKey(s.idNumber()), new Money(yearSum).toYuan(),
                        s.dischargedOn()));
        return view(s, calc, refs);
    }

    private static SettlementView view(SettlementRepository.Stored s, CalculationView calc, List<FeedReference> feeds) {
        return new SettlementView(s.settlementNo(), Masking.idNumber(s.idNumber()), s.householdId(), s.villageCode(), s.hospital(),
                s.admittedOn(), s.dischargedOn(), calc, feeds, s.createdAt(), s.createdBy());
    }

    /** The year so far from stored settlements: what each line paid and what reached it. */
    static YearToDate yearToDate(List<SettlementRepository.Stored> earlier) {
        YearToDate ytd = YearToDate.NONE;
        for (SettlementRepository.Stored s : earlier) {
            for (LineView l : s.lines()) {
                ytd = ytd.with(CoverLine.valueOf(l.line()), Money.parseYuan(l.amount().toPlainString()),
                        Money.parseYuan(l.base().toPlainString()));
            }
        }
        return ytd;
    }

    /** A person's statuses from the registry: the household's category and its 低保/特困 flags. */
    static Set<CoverStatus> statusesOf(HouseholdDetails h) {
        Set<CoverStatus> s = EnumSet.noneOf(CoverStatus.class);
        if ("EXITED".equals(h.category()) || h.exitYear() != null) {
            s.add(CoverStatus.EXITED);
        }
        if ("MONITORED".equals(h.category())) {
            s.add(CoverStatus.MONITORED);
        }
        if (h.dibao()) {
            s.add(CoverStatus.DIBAO);
        }
        if (h.tekun()) {
            s.add(CoverStatus.TEKUN);
        }
        return s;
    }

    private static Set<CoverStatus> statuses(List<String> names) {
        Set<CoverStatus> s = EnumSet.noneOf(CoverStatus.class);
        if (names != null) {
            for (String n : names) {
                try {
                    s.add(CoverStatus.valueOf(String.valueOf(n).strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException("problem.medical.status", String.valueOf(n));
                }
            }
        }
        return s;
    }

    private static InpatientBill bill(BigDecimal total, BigDecimal eligible, String level, Boolean inProvince,
                                      Set<CoverStatus> statuses) {
        Money t = money(total, "total");
        Money e = money(eligible, "eligible");
        if (e.compareTo(t) > 0) {
            throw new BadRequestException("problem.medical.eligible-above-total");
        }
        HospitalLevel l;
        try {
            l = HospitalLevel.valueOf(String.valueOf(level).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new BadRequestException("problem.medical.level", String.valueOf(level));
        }
        return new InpatientBill(t, e, l, inProvince == null || inProvince, statuses);
    }

    private static Money money(BigDecimal v, String field) {
        if (v == null || v.signum() < 0 || v.stripTrailingZeros().scale() > 2 || v.compareTo(BigDecimal.valueOf(100_000_000)) > 0) {
            throw new BadRequestException("problem.medical.amount", field);
        }
        return Money.parseYuan(v.toPlainString());
    }

    private IdNumber idNumber(String text) {
        try {
            return IdNumber.parse(text, LocalDate.now(clock));
        } catch (InvalidIdNumberException e) {
            throw new BadRequestException("problem.medical.id-number", text == null ? "" : Masking.idNumber(text));
        }
    }

    private static NotFoundException notRegistered(IdNumber id) {
        return new NotFoundException("problem.medical.person-not-found.title", "problem.medical.person-not-found",
                Masking.idNumber(id.value()));
    }

    private static String text(String v, String field, int max) {
        if (v == null || v.isBlank() || v.strip().length() > max || v.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException("problem.medical.text", field, max);
        }
        return v.strip();
    }

    private static String join(Set<CoverStatus> statuses) {
        List<String> names = new ArrayList<>();
        statuses.stream().sorted().forEach(s -> names.add(s.name()));
        return String.join(",", names);
    }
}
