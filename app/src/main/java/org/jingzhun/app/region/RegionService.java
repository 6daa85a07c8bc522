// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jingzhun.app.region.RegionViews.Page;
import org.jingzhun.app.region.RegionViews.RegionDetails;
import org.jingzhun.app.region.RegionViews.RegionItem;
import org.jingzhun.app.region.RegionViews.RegionMatch;
import org.jingzhun.app.region.RegionViews.RegionStats;
import org.jingzhun.kernel.GridCode;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.springframework.stereotype.Service;

/**
 * 行政区划 and 网格 as other features and the API see them. Accepts region codes (12 digits, or the
 * short forms) and grid codes (15 digits); a malformed code throws
 * {@link org.jingzhun.kernel.InvalidCodeException}, an unknown one {@link RegionNotFoundException}.
 */
@Service
public class RegionService {

    private final RegionRepository repository;

    RegionService(RegionRepository repository) {
        this.repository = repository;
    }

    public RegionDetails get(String rawCode) {
        String code = normalise(rawCode);
        RegionItem item = repository.find(code).orElseThrow(() -> new RegionNotFoundException(code));
        return new RegionDetails(item.code(), item.name(), item.level(), item.parentCode(),
                paths(List.of(item)).get(item.code()), item.childCount());
    }

    public Page<RegionItem> children(String rawCode, int page, int size) {
        String code = normalise(rawCode);
        if (repository.find(code).isEmpty()) {
            throw new RegionNotFoundException(code);
        }
        return new Page<>(repository.children(code, page * size, size), page, size, repository.countChildren(code));
    }

    public Page<RegionMatch> search(String fragment, RegionLevel level, int page, int size) {
        List<RegionItem> items = repository.search(fragment, level, page * size, size);
        Map<String, List<String>> paths = paths(items);
        List<RegionMatch> matches = items.stream()
                .map(i -> new RegionMatch(i.code(), i.name(), i.level(), i.parentCode(), paths.get(i.code())))
                .toList();
        return new Page<>(matches, page, size, repository.countMatches(fragment, level));
    }

    public RegionStats stats(String rawCode) {
        String code = normalise(rawCode);
        RegionItem item = repository.find(code).orElseThrow(() -> new RegionNotFoundException(code));
        Map<String, Long> descendants = new LinkedHashMap<>();
        if (!item.level().equals(RegionLevel.GRID.key())) {
            Map<String, Long> counts = repository.descendantCounts(new RegionCode(code));
            for (RegionLevel l = RegionLevel.ofKey(item.level()).below(); l != null; l = l.below()) {
                descendants.put(l.key(), counts.getOrDefault(l.key(), 0L));
            }
        }
        return new RegionStats(code, descendants);
    }

    /** The names of these codes (12-digit; unknown ones are left out), in one query (for other features' lists). */
    public Map<String, String> names(java.util.Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : repository.names(new LinkedHashSet<>(codes));
    }

    /** Names from the province down to {@code code} itself, in one query (for other features' views). */
    public List<String> path(RegionCode code) {
        List<RegionCode> lineage = code.lineage();
        Map<String, String> names = repository.names(new LinkedHashSet<>(lineage.stream().map(RegionCode::value).toList()));
        return lineage.stream().map(c -> names.get(c.value())).filter(java.util.Objects::nonNull).toList();
    }

    /** Province-down names of each item, itself included; one query for the whole list. */
    private Map<String, List<String>> paths(List<RegionItem> items) {
        Map<String, List<RegionCode>> lineages = new LinkedHashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        for (RegionItem i : items) {
            RegionCode region = i.level().equals(RegionLevel.GRID.key()) ? new GridCode(i.code()).village() : new RegionCode(i.code());
            List<RegionCode> lineage = region.lineage();
            lineages.put(i.code(), lineage);
            lineage.forEach(c -> codes.add(c.value()));
        }
        Map<String, String> names = codes.isEmpty() ? Map.of() : repository.names(codes);
        Map<String, List<String>> paths = new LinkedHashMap<>();
        for (RegionItem i : items) {
            List<String> path = new java.util.ArrayList<>(lineages.get(i.code()).stream()
                    .map(c -> names.get(c.value())).filter(java.util.Objects::nonNull).toList());
            if (i.level().equals(RegionLevel.GRID.key())) {
                path.add(i.name());
            }
            paths.put(i.code(), List.copyOf(path));
        }
        return paths;
    }

    private static String normalise(String rawCode) {
        String t = rawCode == null ? null : rawCode.strip();
        if (t != null && t.length() == GridCode.LENGTH) {
            return GridCode.parse(t).value();
        }
        return RegionCode.parse(t).value();
    }
}
