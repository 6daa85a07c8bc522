// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import static org.jingzhun.app.registry.HouseholdTemplate.*;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jingzhun.app.platform.csv.CsvHeader;
import org.jingzhun.app.platform.csv.CsvHeader.Column;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.csv.TableImportRun;
import org.jingzhun.app.platform.db.CopyWriter;
import org.jingzhun.kernel.GridCode;
import org.jingzhun.kernel.IdNumber;
import org.jingzhun.kernel.InvalidCodeException;
import org.jingzhun.kernel.InvalidIdNumberException;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.household.DisabilityGrade;
import org.jingzhun.kernel.household.Education;
import org.jingzhun.kernel.household.Ethnicity;
import org.jingzhun.kernel.household.Health;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.Labelled;
import org.jingzhun.kernel.household.LabourAbility;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.household.Relation;
import org.jingzhun.kernel.household.SchoolStatus;
import org.jingzhun.kernel.household.WorkStatus;

/**
 * Checks one row of the household template and stages it: the person into {@code person_stage},
 * and the household columns (from the head's row, or given on another row) into
 * {@code household_stage}. Every problem names its row, column and value. Checks that need other
 * rows or the database (one head per household, unique ID numbers, existing villages) are done
 * afterwards in SQL by {@link HouseholdImporter}.
 */
final class HouseholdRowParser {

    private static final Pattern HOUSEHOLD_ID_FORMAT = Pattern.compile("[0-9]{16}");
    private static final Pattern PHONE_FORMAT = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}");
    private static final long MAX_AMOUNT_FEN = 100_000_000_00L; // 1亿元: more is a typing error
    static final int MAX_NAME = 50;

    private final TableImportRun run;
    private final LocalDate today;
    private static final Object[] NO_HOUSEHOLD = new Object[18];
    /** Columns of {@code row_stage}: 24 for the person, 18 for the household, and the row's content hash. */
    static final int COLUMNS_STAGED = 43;

    private final CopyWriter stage;
    private boolean rowOk;

    /**
     * {@code stage} is a COPY into {@code row_stage} (see {@link HouseholdImporter}); a row with a
     * problem is staged as rejected (its household number only), so that later checks skip its household.
     */
    HouseholdRowParser(TableImportRun run, LocalDate today, CopyWriter stage) {
        this.run = run;
        this.today = today;
        this.stage = stage;
    }

    void row(long line, List<String> r, CsvHeader h) throws SQLException {
        rowOk = true;
        String householdId = h.get(r, HOUSEHOLD_ID);
        if (householdId == null) {
            problem(line, HOUSEHOLD_ID, null, "registry.import.required");
        } else if (!HOUSEHOLD_ID_FORMAT.matcher(householdId).matches()) {
            problem(line, HOUSEHOLD_ID, householdId, "registry.import.household-id");
        }
        String name = name(line, h.get(r, NAME));
        IdNumber id = idNumber(line, h.get(r, ID_NUMBER));
        Relation relation = vocab(line, r, h, RELATION, Relation.class, true);
        String ethnicity = h.get(r, ETHNICITY);
        if (ethnicity == null) {
            problem(line, ETHNICITY, null, "registry.import.required");
        } else if (!Ethnicity.isValid(ethnicity)) {
            problem(line, ETHNICITY, ethnicity, "registry.import.ethnicity");
        }
        Education education = vocab(line, r, h, EDUCATION, Education.class, true);
        SchoolStatus school = vocab(line, r, h, SCHOOL_STATUS, SchoolStatus.class, true);
        Health health = vocab(line, r, h, HEALTH, Health.class, true);
        DisabilityGrade grade = vocab(line, r, h, DISABILITY_GRADE, DisabilityGrade.class, false);
        LabourAbility labour = vocab(line, r, h, LABOUR, LabourAbility.class, true);
        WorkStatus work = vocab(line, r, h, WORK_STATUS, WorkStatus.class, true);
        Integer months = integer(line, r, h, WORK_MONTHS, 0, 12, true);
        Boolean basicMedical = yesNo(line, r, h, BASIC_MEDICAL, true);
        Boolean serious = yesNo(line, r, h, SERIOUS_ILLNESS_INSURANCE, true);
        Boolean pension = yesNo(line, r, h, BASIC_PENSION, true);
        Boolean commercial = yesNo(line, r, h, COMMERCIAL_MEDICAL, true);
        Boolean welfare = yesNo(line, r, h, WELFARE_JOB, true);
        String phone = h.get(r, PHONE);
        if (phone != null && !PHONE_FORMAT.matcher(phone).matches()) {
            problem(line, PHONE, phone, "registry.import.phone");
        }
        boolean head = relation == Relation.HEAD;
        boolean anyHouseholdValue = false;
        for (Column c : HOUSEHOLD_COLUMNS) {
            if (h.get(r, c) != null) {
                anyHouseholdValue = true;
                break;
            }
        }
        boolean givesHousehold = head || anyHouseholdValue;
        Object[] household = NO_HOUSEHOLD;
        if (head && !anyHouseholdValue) {
            // most likely a member marked 户主 by mistake: say that, not "region code missing"
            problem(line, RELATION, relation.label(), "registry.import.head-without-household");
        } else if (givesHousehold) {
            household = household(line, r, h, householdId, head);
        }
        if (!rowOk) {
            if (householdId != null) {
                Object[] rejected = new Object[COLUMNS_STAGED];
                rejected[COLUMNS_STAGED - 1] = 0L;
                rejected[0] = line;
                rejected[1] = householdId;
                rejected[2] = true;
                stage.row(rejected);
            }
            return;
        }
        Object[] row = new Object[COLUMNS_STAGED];
        Object[] person = {line, householdId, false, id.value(), head, givesHousehold, name, relation.name(),
                id.sex().name(), id.birthDate(), ethnicity, education.name(), school.name(), health.name(),
                grade == null ? null : grade.name(), labour.name(), work.name(), months, basicMedical, serious,
                pension, commercial, welfare, phone};
        System.arraycopy(person, 0, row, 0, person.length);
        System.arraycopy(household, 0, row, person.length, household.length);
        row[COLUMNS_STAGED - 1] = contentHash(row);
        stage.row(row);
    }

    /**
     * A 64-bit FNV-1a hash of the row's content (everything but its line number). A household's
     * content hash is the XOR of its rows' hashes: independent of row order, and computed here
     * rather than in SQL, where hashing a million rows' text cost seconds.
     */
    static long contentHash(Object[] row) {
        long h = 0xcbf29ce484222325L;
        for (int i = 1; i < COLUMNS_STAGED - 1; i++) {
            Object v = row[i];
            String s = v == null ? "\u0000" : v.toString();
            for (int k = 0; k < s.length(); k++) {
                h ^= s.charAt(k);
                h *= 0x100000001b3L;
            }
            h ^= 0x1F;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Household columns: all required on the head's row; on another row only those given, to compare. */
    private Object[] household(long line, List<String> r, CsvHeader h, String householdId, boolean head) throws SQLException {
        String village = null;
        String rawRegion = h.get(r, REGION_CODE);
        if (rawRegion != null) {
            try {
                RegionCode code = RegionCode.parse(rawRegion);
                if (code.level() != RegionLevel.VILLAGE) {
                    problem(line, REGION_CODE, rawRegion, "registry.import.region-not-village");
                } else {
                    village = code.value();
                    if (householdId != null && HOUSEHOLD_ID_FORMAT.matcher(householdId).matches() && !householdId.startsWith(village)) {
                        problem(line, HOUSEHOLD_ID, householdId, "registry.import.household-id-village", village);
                    }
                }
            } catch (InvalidCodeException e) {
                problem(line, REGION_CODE, rawRegion, "code.region." + e.reason());
            }
        } else if (head) {
            problem(line, REGION_CODE, null, "registry.import.required");
        }
        String grid = null;
        String rawGrid = h.get(r, GRID_CODE);
        if (rawGrid != null) {
            try {
                GridCode g = GridCode.parse(rawGrid);
                grid = g.value();
                if (village != null && !g.village().value().equals(village)) {
                    problem(line, GRID_CODE, rawGrid, "registry.import.grid-village", village);
                }
            } catch (InvalidCodeException e) {
                problem(line, GRID_CODE, rawGrid, "code.grid." + e.reason());
            }
        }
        HouseholdCategory category = vocab(line, r, h, CATEGORY, HouseholdCategory.class, head);
        MonitoringType type = vocab(line, r, h, MONITORING_TYPE, MonitoringType.class, false);
        Integer exitYear = integer(line, r, h, EXIT_YEAR, 2013, 2020, false);
        if (head && category != null) {
            if (category == HouseholdCategory.MONITORED && type == null && h.get(r, MONITORING_TYPE) == null) {
                problem(line, MONITORING_TYPE, null, "registry.import.type-required");
            } else if (category != HouseholdCategory.MONITORED && type != null) {
                problem(line, MONITORING_TYPE, h.get(r, MONITORING_TYPE), "registry.import.type-not-monitored");
            }
            boolean exited = category == HouseholdCategory.EXITED || type == MonitoringType.UNSTABLE_EXITED;
            if (exited && exitYear == null && h.get(r, EXIT_YEAR) == null) {
                problem(line, EXIT_YEAR, null, "registry.import.exit-year-required");
            } else if (category == HouseholdCategory.ORDINARY && exitYear != null) {
                problem(line, EXIT_YEAR, h.get(r, EXIT_YEAR), "registry.import.exit-year-ordinary");
            }
        }
        Integer incomeYear = integer(line, r, h, INCOME_YEAR, 2013, today.getYear(), head);
        Long wages = amount(line, r, h, WAGES, head);
        Long business = amount(line, r, h, BUSINESS_INCOME, head);
        Long property = amount(line, r, h, PROPERTY_INCOME, head);
        Long transfers = amount(line, r, h, TRANSFER_INCOME, head);
        Long costs = amount(line, r, h, PRODUCTION_COSTS, head);
        Long payouts = amount(line, r, h, INSURANCE_PAYOUTS, head);
        Long outOfPocket = amount(line, r, h, OUT_OF_POCKET, head);
        if (payouts != null && transfers != null && payouts > transfers) {
            problem(line, INSURANCE_PAYOUTS, h.get(r, INSURANCE_PAYOUTS), "registry.import.payouts-in-transfers");
        }
        Boolean housing = yesNo(line, r, h, HOUSING_SAFE, head);
        Boolean water = yesNo(line, r, h, WATER_SAFE, head);
        Boolean relocated = yesNo(line, r, h, RELOCATED, false);
        Boolean dibao = yesNo(line, r, h, DIBAO, false);
        Boolean tekun = yesNo(line, r, h, TEKUN, false);
        return new Object[] {village, grid, category == null ? null : category.name(),
                type == null ? null : type.name(), exitYear, incomeYear, wages, business, property, transfers, costs,
                payouts, outOfPocket, housing, water,
                head && relocated == null ? Boolean.FALSE : relocated,
                head && dibao == null ? Boolean.FALSE : dibao,
                head && tekun == null ? Boolean.FALSE : tekun};
    }

    private String name(long line, String name) {
        if (name == null) {
            problem(line, NAME, null, "registry.import.required");
            return null;
        }
        if (name.length() > MAX_NAME) {
            problem(line, NAME, name, "registry.import.name-too-long", MAX_NAME);
        } else if ("=+-@".indexOf(name.charAt(0)) >= 0 || name.chars().anyMatch(c -> Character.isISOControl(c) || Character.isDigit(c))) {
            problem(line, NAME, name, "registry.import.name-characters");
        }
        return name;
    }

    private IdNumber idNumber(long line, String text) {
        if (text == null) {
            problem(line, ID_NUMBER, null, "registry.import.required");
            return null;
        }
        try {
            return IdNumber.parse(text, today);
        } catch (InvalidIdNumberException e) {
            String key = text.contains("E+") || text.contains("e+") ? "registry.import.id-as-number" : "id.invalid." + e.reason();
            problem(line, ID_NUMBER, text, key);
            return null;
        }
    }

    /** The cell's text, or {@code null} when empty (a problem if the column is required here). */
    private String present(long line, List<String> r, CsvHeader h, Column column, boolean required) {
        String text = h.get(r, column);
        if (text == null && required) {
            problem(line, column, null, "registry.import.required");
        }
        return text;
    }

    private <E extends Enum<E> & Labelled> E vocab(long line, List<String> r, CsvHeader h, Column column, Class<E> type,
                                                   boolean required) {
        String text = present(line, r, h, column, required);
        if (text == null) {
            return null;
        }
        return Labelled.parse(type, text).orElseGet(() -> {
            problem(line, column, text, "registry.import.vocabulary", Labelled.labels(type));
            return null;
        });
    }

    private Boolean yesNo(long line, List<String> r, CsvHeader h, Column column, boolean required) {
        String text = present(line, r, h, column, required);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            default -> {
                problem(line, column, text, "registry.import.yes-no");
                yield null;
            }
        };
    }

    private Integer integer(long line, List<String> r, CsvHeader h, Column column, int min, int max, boolean required) {
        String text = present(line, r, h, column, required);
        if (text == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(text);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(line, column, text, "registry.import.integer-range", min, max);
        return null;
    }

    private Long amount(long line, List<String> r, CsvHeader h, Column column, boolean required) {
        String text = present(line, r, h, column, required);
        if (text == null) {
            return null;
        }
        try {
            long fen = Money.parseYuan(text).fen();
            if (fen >= 0 && fen <= MAX_AMOUNT_FEN) {
                return fen;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(line, column, text, "registry.import.amount");
        return null;
    }

    private void problem(long line, Column column, String value, String key, Object... args) {
        rowOk = false;
        run.problem(new ImportProblem(line, column.label(), value, run.message(key, args)));
    }
}
