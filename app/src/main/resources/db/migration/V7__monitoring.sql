-- SPDX-License-Identifier: Apache-2.0
-- 防返贫监测 (DOMAIN.md §6): leads from the three channels and the cases of the recognition and
-- risk-removal procedure with their timeline. 帮扶 (§8): the measure catalogue, each monitored
-- household's help plan (the risks that need a measure) and its measures.

-- 监测案件: one run of the procedure for one household. The kernel's state machine
-- (org.jingzhun.kernel.monitoring) decides every transition; this row is its state.
create table monitoring_case (
    id                   bigint       generated always as identity primary key,
    household_id         varchar(16)  collate "C" not null references household (id) on delete cascade,
    kind                 varchar(11)  not null check (kind in ('RECOGNITION', 'REMOVAL')),
    stage                varchar(28)  not null check (stage in ('AWAITING_VISIT', 'AWAITING_VILLAGE_REVIEW', 'IN_NOTICE',
                                          'AWAITING_TOWNSHIP_REVIEW', 'AWAITING_COUNTY_CONFIRMATION', 'CONFIRMED', 'DECLINED')),
    household_category   varchar(9)   not null,                 -- the household's type when the case opened
    started_on           date         not null,                 -- first lead / removal application: limits count from it
    parameter_version    integer      not null,                 -- the policy parameters the limits came from
    visit_days           smallint     not null,
    village_review_days  smallint     not null,
    notice_days          smallint     not null,
    township_review_days smallint     not null,
    total_days           smallint     not null,
    deadline             date         not null,                 -- started_on + total_days: county confirmation due
    due_on               date,                                  -- the current step's last day; null when closed
    fast_track           boolean      not null default false,   -- 先帮扶后认定
    help_first_on        date,
    category             varchar(15),                           -- proposed at the visit, then decided by the county
    risk_types           text[]       not null default '{}',
    notice_from          date,
    notice_until         date,
    objections           jsonb        not null default '[]',
    assessment           jsonb,                                 -- removal: the village's assessment
    decision             jsonb,                                 -- what the county confirmed, with versions and evidence
    declined_step        varchar(20),
    declined_reason      text,
    closed_on            date,
    opened_at            timestamptz  not null,
    opened_by            text         not null,
    updated_at           timestamptz  not null,
    version              integer      not null default 1,
    constraint monitoring_case_closed check ((stage in ('CONFIRMED', 'DECLINED')) = (closed_on is not null)),
    constraint monitoring_case_risk_count check (cardinality(risk_types) <= 5)
);
-- At most one open case per household: leads join it (deduplication) instead of opening another.
create unique index monitoring_case_one_open on monitoring_case (household_id) where closed_on is null;
create index monitoring_case_household_idx on monitoring_case (household_id, id);
create index monitoring_case_due_idx on monitoring_case (due_on, household_id) where closed_on is null;
create index monitoring_case_closed_idx on monitoring_case (closed_on, kind) where closed_on is not null;

-- The case's timeline: every accepted transition, who did it at which level, and what they wrote.
create table monitoring_case_event (
    case_id      bigint       not null references monitoring_case (id) on delete cascade,
    seq          integer      not null,
    action       varchar(20)  not null,
    stage_before varchar(28),
    stage_after  varchar(28)  not null,
    actor        text         not null,
    level        varchar(8),
    on_date      date         not null,
    at           timestamptz  not null,
    note         text,
    primary key (case_id, seq)
);

-- 线索: each with channel, date and source. A department warning is taken once per run, rule and
-- household (source_ref); every lead of a household with an open case joins that case.
create table monitoring_lead (
    id                bigint       generated always as identity primary key,
    household_id      varchar(16)  collate "C" not null references household (id) on delete cascade,
    channel           varchar(24)  not null check (channel in ('HOUSEHOLD_APPLICATION', 'CADRE_REPORT', 'DEPARTMENT_WARNING')),
    received_on       date         not null,
    source            text         not null,
    source_ref        text,
    risk_type         varchar(20),
    rule_code         varchar(32),
    rule_version      integer,
    parameter_version integer,
    note              text,
    case_id           bigint       references monitoring_case (id) on delete set null,
    disposition       varchar(12)  not null check (disposition in ('OPENED_CASE', 'JOINED_CASE', 'MONITORED')),
    recorded_at       timestamptz  not null,
    recorded_by       text         not null
);
create unique index monitoring_lead_source_idx on monitoring_lead (channel, source_ref) where source_ref is not null;
create index monitoring_lead_household_idx on monitoring_lead (household_id, id);
create index monitoring_lead_case_idx on monitoring_lead (case_id);
create index monitoring_lead_received_idx on monitoring_lead (received_on, household_id);

-- 帮扶措施目录 (DOMAIN.md §8): data, so a province can add its own; risk_types are the risks a
-- measure usually answers (a hint for planning, not a restriction).
create table measure_type (
    code       varchar(24)  primary key,
    name       text         not null,
    parent     varchar(24)  references measure_type (code),
    risk_types text[]       not null default '{}',
    position   smallint     not null,
    active     boolean      not null default true
);
insert into measure_type (code, name, parent, risk_types, position) values
    ('INDUSTRY',          '产业帮扶',       null,         '{INDUSTRY_FAILURE,LACK_OF_LABOUR}', 10),
    ('EMPLOYMENT',        '就业帮扶',       null,         '{UNSTABLE_EMPLOYMENT,LACK_OF_LABOUR}', 20),
    ('WELFARE_JOB',       '公益岗位',       'EMPLOYMENT', '{UNSTABLE_EMPLOYMENT,LACK_OF_LABOUR,DISABILITY}', 21),
    ('SKILLS_TRAINING',   '技能培训',       'EMPLOYMENT', '{UNSTABLE_EMPLOYMENT}', 22),
    ('MICROCREDIT',       '小额信贷',       null,         '{INDUSTRY_FAILURE}', 30),
    ('EDUCATION_AID',     '教育资助',       null,         '{EDUCATION}', 40),
    ('MEDICAL_SECURITY',  '医疗保障',       null,         '{ILLNESS,DISABILITY,ACCIDENT}', 50),
    ('HOUSING_SECURITY',  '住房安全保障',   null,         '{UNSAFE_HOUSING,DISASTER}', 60),
    ('WATER_SECURITY',    '饮水安全保障',   null,         '{UNSAFE_WATER}', 70),
    ('SAFETY_NET',        '低保/特困兜底',  null,         '{LACK_OF_LABOUR,ILLNESS,DISABILITY}', 80),
    ('TEMPORARY_RELIEF',  '临时救助',       null,         '{DISASTER,ACCIDENT,ILLNESS}', 90),
    ('POVERTY_INSURANCE', '防贫保险',       null,         '{ILLNESS,DISASTER,ACCIDENT,EDUCATION}', 100),
    ('CONSUMPTION',       '消费帮扶',       null,         '{INDUSTRY_FAILURE}', 110),
    ('OTHER',             '其他',           null,         '{OTHER}', 120);

-- 帮扶计划: the risks of a monitored household (or of a case helped first) that each need a
-- measure, from when help is due. Opened and closed by the monitoring procedure.
create table help_plan (
    case_id      bigint       primary key,                      -- the recognition case
    household_id varchar(16)  collate "C" not null references household (id) on delete cascade,
    risk_types   text[]       not null default '{}',
    due_from     date         not null,                         -- county confirmation, or the decision to help first
    provisional  boolean      not null,                         -- helped first, not yet confirmed
    closed_on    date,
    close_reason text
);
create unique index help_plan_one_active on help_plan (household_id) where closed_on is null;
create index help_plan_due_idx on help_plan (due_from, household_id) where closed_on is null;

-- 帮扶措施: one measure against one risk; planned, then carried out (with its date).
create table measure (
    id               bigint       generated always as identity primary key,
    household_id     varchar(16)  collate "C" not null references household (id) on delete cascade,
    plan_case_id     bigint       references help_plan (case_id),   -- null for a household monitored before this system
    type             varchar(24)  not null references measure_type (code),
    risk_type        varchar(20)  not null,
    status           varchar(11)  not null check (status in ('PLANNED', 'CARRIED_OUT')),
    planned_on       date         not null,
    carried_out_on   date,
    amount_fen       bigint       check (amount_fen >= 0),
    responsible_unit text         not null,
    effect           text,
    note             text,
    created_at       timestamptz  not null,
    created_by       text         not null,
    updated_at       timestamptz  not null,
    updated_by       text         not null,
    version          integer      not null default 1,
    constraint measure_carried_out check ((status = 'CARRIED_OUT') = (carried_out_on is not null))
);
create index measure_household_idx on measure (household_id, risk_type);
create index measure_plan_idx on measure (plan_case_id, risk_type);
create index measure_planned_idx on measure (planned_on, household_id);
create index measure_carried_out_idx on measure (carried_out_on, household_id) where carried_out_on is not null;

-- Department-warning leads are the warnings a screening run found first (ScreeningQueries.newWarnings).
create index finding_new_warning_idx on finding (first_run_id, household_id) where kind = 'WARNING' and status = 'HIT';
