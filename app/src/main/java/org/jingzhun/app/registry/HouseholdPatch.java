// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A change to a household's own fields (JSON merge-patch semantics: absent or null fields keep
 * their value, except {@code monitoringType} and {@code exitYear}, which follow the category).
 * Every change needs a reason; it is kept in the history.
 */
@Schema(description = "修改一户的户级信息；reason（修改原因）必填")
public record HouseholdPatch(
        @Schema(description = "修改原因", requiredMode = Schema.RequiredMode.REQUIRED, example = "入户核实：住房已修缮") String reason,
        @Schema(description = "EXITED, MONITORED, ORDINARY") String category,
        @Schema(description = "UNSTABLE_EXITED, MARGINAL, SUDDEN_HARDSHIP（仅监测户）") String monitoringType,
        Integer exitYear,
        String gridCode,
        Boolean relocated, Boolean dibao, Boolean tekun,
        Boolean housingSafe, Boolean waterSafe) {

    /** This patch applied over the household's current values (a document). */
    HouseholdPatch over(tools.jackson.databind.JsonNode d) {
        String newCategory = category != null ? category : d.get("category").asString();
        boolean categoryChanged = category != null && !category.equals(d.get("category").asString());
        String type = monitoringType != null ? monitoringType
                : categoryChanged || d.get("monitoringType").isNull() ? null : d.get("monitoringType").asString();
        // becoming an ordinary household drops the exit year unless one is given (which validation refuses)
        Integer exit = exitYear != null ? exitYear
                : d.get("exitYear").isNull() || (categoryChanged && newCategory.equals("ORDINARY")) ? null
                : d.get("exitYear").asInt();
        return new HouseholdPatch(reason, newCategory, type, exit,
                gridCode != null ? gridCode : d.get("gridCode").isNull() ? null : d.get("gridCode").asString(),
                or(relocated, d, "relocated"), or(dibao, d, "dibao"), or(tekun, d, "tekun"),
                or(housingSafe, d, "housingSafe"), or(waterSafe, d, "waterSafe"));
    }

    private static Boolean or(Boolean v, tools.jackson.databind.JsonNode d, String field) {
        return v != null ? v : d.get(field).asBoolean();
    }
}
