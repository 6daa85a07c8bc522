-- SPDX-License-Identifier: Apache-2.0
-- 建档立卡 registry: households (户), their members (人) and yearly income, with full history.
-- Vocabulary values are stored as the English enum names of org.jingzhun.kernel.household; money in fen.

create table household (
    id                   varchar(16) collate "C" primary key,            -- 户编号: village code + 4 digits
    village_code         varchar(12) collate "C" not null references region (code),
    grid_code            varchar(15) collate "C" references grid (code),
    category             varchar(9)  not null check (category in ('EXITED', 'MONITORED', 'ORDINARY')),
    monitoring_type      varchar(15) check (monitoring_type in ('UNSTABLE_EXITED', 'MARGINAL', 'SUDDEN_HARDSHIP')),
    exit_year            smallint check (exit_year between 2013 and 2030),
    relocated            boolean     not null default false,               -- 易地搬迁户
    dibao                boolean     not null default false,               -- 低保户
    tekun                boolean     not null default false,               -- 特困供养户
    housing_safe         boolean     not null,                             -- 住房安全有保障
    water_safe           boolean     not null,                             -- 饮水安全有保障
    size                 smallint    not null check (size > 0),
    head_name            text        not null,
    head_id_number       varchar(18) collate "C" not null,
    income_year          smallint,
    net_income_fen       bigint,                                           -- 家庭纯收入
    reference_income_fen bigint,                                           -- 参考人均收入
    version              integer     not null default 1,
    changed_at           timestamptz not null,
    changed_by           text        not null,
    change_reason        text        not null,
    content_hash         text        not null,
    constraint household_id_format check (id ~ '^[0-9]{16}$' and left(id, 12) = village_code),
    constraint household_monitoring_type check ((category = 'MONITORED') = (monitoring_type is not null))
);
-- Region filters use the household number, which starts with the village code (primary key range).
create index household_category_idx on household (category, id);
create index household_grid_idx on household (grid_code);

create table person (
    id_number                 varchar(18) collate "C" primary key,   -- unique in the whole registry
    household_id              varchar(16) collate "C" not null references household (id) on delete cascade,
    seq                       integer     not null,   -- order of members: the head first, then by this (the import row)
    name                      text        not null,
    relation                  varchar(16) not null,
    sex                       varchar(6)  not null,
    birth_date                date        not null,
    ethnicity                 text        not null,
    education                 varchar(24) not null,
    school_status             varchar(24) not null,
    health                    varchar(16) not null,
    disability_grade          varchar(8),
    labour                    varchar(8)  not null,
    work_status               varchar(16) not null,
    work_months               smallint    not null check (work_months between 0 and 12),
    basic_medical             boolean     not null,
    serious_illness_insurance boolean     not null,
    basic_pension             boolean     not null,
    commercial_medical        boolean     not null,
    welfare_job               boolean     not null,
    phone                     text
);
create index person_household_idx on person (household_id, seq);
create index person_name_idx on person (name text_pattern_ops) include (household_id); -- index-only name search

create table household_income (
    household_id          varchar(16) collate "C" not null references household (id) on delete cascade,
    year                  smallint not null,
    wages_fen             bigint   not null,   -- 工资性收入
    business_fen          bigint   not null,   -- 生产经营性收入
    property_fen          bigint   not null,   -- 财产性收入
    transfer_fen          bigint   not null,   -- 转移性收入
    production_costs_fen  bigint   not null,   -- 生产经营性支出
    insurance_payouts_fen bigint   not null,   -- 理赔收入 (inside transfers)
    out_of_pocket_fen     bigint   not null,   -- 合规自付支出
    primary key (household_id, year)
);

-- Earlier states. The current state is in the tables above; each change moves the state it
-- replaces here as a document (household_document below), valid from its change to the next.
create table household_history (
    household_id  varchar(16) collate "C" not null,
    version       integer     not null,
    valid_from    timestamptz not null,
    valid_to      timestamptz not null,
    changed_by    text        not null,
    change_reason text        not null,
    document      jsonb       not null,
    primary key (household_id, version)
);

-- One household as a JSON document: the shape of history entries and of as-of reads.
create function household_document(hid varchar) returns jsonb language sql stable as $$
    select jsonb_build_object(
        'id', h.id, 'villageCode', h.village_code, 'gridCode', h.grid_code, 'category', h.category,
        'monitoringType', h.monitoring_type, 'exitYear', h.exit_year, 'relocated', h.relocated,
        'dibao', h.dibao, 'tekun', h.tekun, 'housingSafe', h.housing_safe, 'waterSafe', h.water_safe,
        'size', h.size, 'version', h.version, 'changedAt', h.changed_at, 'changedBy', h.changed_by,
        'changeReason', h.change_reason,
        'members', coalesce((select jsonb_agg(jsonb_build_object(
                'idNumber', p.id_number, 'name', p.name, 'relation', p.relation, 'sex', p.sex,
                'birthDate', p.birth_date, 'ethnicity', p.ethnicity, 'education', p.education,
                'schoolStatus', p.school_status, 'health', p.health, 'disabilityGrade', p.disability_grade,
                'labour', p.labour, 'workStatus', p.work_status, 'workMonths', p.work_months,
                'basicMedical', p.basic_medical, 'seriousIllnessInsurance', p.serious_illness_insurance,
                'basicPension', p.basic_pension, 'commercialMedical', p.commercial_medical,
                'welfareJob', p.welfare_job, 'phone', p.phone) order by p.relation = 'HEAD' desc, p.seq)
            from person p where p.household_id = h.id), '[]'::jsonb),
        'incomes', coalesce((select jsonb_agg(jsonb_build_object(
                'year', i.year, 'wages', i.wages_fen, 'business', i.business_fen, 'property', i.property_fen,
                'transfers', i.transfer_fen, 'productionCosts', i.production_costs_fen,
                'insurancePayouts', i.insurance_payouts_fen, 'outOfPocket', i.out_of_pocket_fen) order by i.year)
            from household_income i where i.household_id = h.id), '[]'::jsonb))
    from household h where h.id = hid
$$;

-- Background jobs (imports, screening runs, ...): state and progress survive the process.
create table job (
    id          uuid        primary key,
    kind        text        not null,
    state       varchar(9)  not null check (state in ('RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    source      text,
    rows_done   bigint      not null default 0,
    rows_total  bigint,
    error_count bigint      not null default 0,
    message     text,
    result      jsonb,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    finished_at timestamptz
);

create table job_error (
    job_id  uuid    not null references job (id) on delete cascade,
    seq     integer not null,
    row_no  bigint  not null,
    column_name text,
    value   text,
    message text    not null,
    primary key (job_id, seq)
);
