// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.Disclosure;
import org.jingzhun.app.platform.web.ForbiddenException;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.ConflictException;
import org.jingzhun.app.region.RegionService;
import org.jingzhun.app.registry.HouseholdViews.HistoryEntry;
import org.jingzhun.app.registry.HouseholdViews.HouseholdDetails;
import org.jingzhun.app.registry.HouseholdViews.HouseholdItem;
import org.jingzhun.app.registry.HouseholdViews.HouseholdPage;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.MonitoringType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * 建档立卡 registry: households as the API and other features see them — searched, read as of any
 * time, with their history, and edited under optimistic locking with a reason for every change.
 */
@Service
public class HouseholdService {

    private final HouseholdRepository repository;
    private final RegionService regions;
    private final CallerContext caller;
    private final Clock clock;

    private final AuditLog audit;

    HouseholdService(HouseholdRepository repository, RegionService regions, CallerContext caller, AuditLog audit,
                     Clock clock) {
        this.audit = audit;
        this.repository = repository;
        this.regions = regions;
        this.caller = caller;
        this.clock = clock;
    }

    public HouseholdPage list(HouseholdQuery query, String after, int size) {
        List<HouseholdItem> items = repository.list(query, after, size + 1);
        boolean more = items.size() > size;
        List<HouseholdItem> page = more ? items.subList(0, size) : items;
        return new HouseholdPage(List.copyOf(page), size, more ? page.getLast().id() : null);
    }

    /** The household now, or as it was at {@code asOf}, with personal data as the caller may see it. */
    @Transactional(readOnly = true)
    public HouseholdDetails details(String id, Instant asOf) {
        return details(id, asOf, caller.disclosure());
    }

    /**
     * The household with full ID numbers, names and phones, for a caller whose role may see them, who
     * gave a reason; the read is in the audit log.
     */
    @Transactional
    public HouseholdDetails detailsUnmasked(String id, Instant asOf, String reason) {
        if (!caller.mayUnmask()) {
            throw new ForbiddenException("problem.unmask.role");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("problem.unmask.reason");
        }
        HouseholdDetails d = details(id, asOf, Disclosure.FULL);
        audit.record("household.unmask", "household:" + id, d.villageCode(), reason.strip(), null,
                java.util.Map.of("asOf", asOf == null ? "" : asOf.toString(), "members", d.members().size()));
        return d;
    }

    private HouseholdDetails details(String id, Instant asOf, Disclosure show) {
        JsonNode current = repository.current(id).orElseThrow(() -> new HouseholdNotFoundException(id));
        JsonNode doc = current;
        if (asOf != null && asOf.isBefore(changedAt(current))) {
            doc = repository.historical(id, asOf.atOffset(ZoneOffset.UTC))
                    .orElseThrow(() -> new HouseholdNotFoundException(id, asOf.toString()));
        }
        return HouseholdDocuments.details(doc, regions.path(new RegionCode(doc.get("villageCode").asString())), asOf,
                LocalDate.now(clock), show);
    }

    /** Whether the registry holds no household at all (whoever may see them). */
    public boolean isEmpty() {
        return repository.isEmpty();
    }

    /**
     * The current household of the person with this ID number, if registered within the caller's
     * scope — how other features learn a person's category and 低保/特困 status.
     */
    @Transactional(readOnly = true)
    public Optional<HouseholdDetails> ofPerson(org.jingzhun.kernel.IdNumber idNumber) {
        return repository.householdOf(idNumber.value()).map(id -> details(id, null));
    }

    /** Every version's change, newest first: who, when, why and what. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(String id) {
        JsonNode current = repository.current(id).orElseThrow(() -> new HouseholdNotFoundException(id));
        List<JsonNode> docs = new ArrayList<>(repository.history(id));
        docs.add(current);
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = docs.size() - 1; i >= 0; i--) {
            JsonNode d = docs.get(i);
            entries.add(new HistoryEntry(d.get("version").asInt(), changedAt(d), d.get("changedBy").asString(),
                    d.get("changeReason").asString(), HouseholdDocuments.diff(i == 0 ? null : docs.get(i - 1), d)));
        }
        return entries;
    }

    /** Applies {@code patch} if {@code expectedVersion} is still current; returns the new state. */
    @Transactional
    public HouseholdDetails patch(String id, int expectedVersion, HouseholdPatch patch) {
        int version = repository.lockVersion(id).orElseThrow(() -> new HouseholdNotFoundException(id));
        JsonNode current = repository.current(id).orElseThrow();
        if (version != expectedVersion) {
            Optional<JsonNode> seen = repository.atVersion(id, expectedVersion);
            throw new ConflictException(Map.of("currentVersion", version, "yourVersion", expectedVersion,
                    "changes", HouseholdDocuments.diff(seen.orElse(null), current)),
                    "problem.household.stale", expectedVersion, version);
        }
        if (patch.reason() == null || patch.reason().isBlank()) {
            throw new BadRequestException("problem.household.reason-required");
        }
        HouseholdPatch merged = patch.over(current);
        validate(merged, current.get("villageCode").asString());
        if (!caller.coversHousehold(current.get("villageCode").asString(), merged.gridCode())) {
            throw new ForbiddenException("problem.household.out-of-grid"); // a grid worker keeps it in their grid
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        repository.archive(id, now);
        repository.update(id, merged, now, caller.actor());
        JsonNode updated = repository.current(id).orElseThrow();
        audit.record("household.update", "household:" + id, current.get("villageCode").asString(), patch.reason().strip(),
                java.util.Map.of("version", version), java.util.Map.of("version", updated.get("version").asInt(),
                        "changes", HouseholdDocuments.diff(current, updated)));
        return details(id, null);
    }

    private void validate(HouseholdPatch p, String village) {
        HouseholdCategory category = parse(HouseholdCategory.class, p.category(), "problem.household.category");
        MonitoringType type = p.monitoringType() == null ? null
                : parse(MonitoringType.class, p.monitoringType(), "problem.household.monitoring-type");
        if (category == HouseholdCategory.MONITORED && type == null) {
            throw new BadRequestException("problem.household.type-required");
        }
        if (category != HouseholdCategory.MONITORED && type != null) {
            throw new BadRequestException("problem.household.type-not-monitored");
        }
        boolean exited = category == HouseholdCategory.EXITED || type == MonitoringType.UNSTABLE_EXITED;
        Integer exit = p.exitYear();
        if ((exited && exit == null) || (exit != null && (exit < 2013 || exit > 2020))
                || (category == HouseholdCategory.ORDINARY && exit != null)) {
            throw new BadRequestException("problem.household.exit-year");
        }
        if (p.gridCode() != null && !repository.gridInVillage(p.gridCode(), village)) {
            throw new BadRequestException("problem.household.grid", p.gridCode(), village);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String key) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException(key, value);
        }
    }

    private static Instant changedAt(JsonNode d) {
        return OffsetDateTime.parse(d.get("changedAt").asString()).toInstant();
    }
}
