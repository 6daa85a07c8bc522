-- SPDX-License-Identifier: Apache-2.0
-- Screening (部门筛查预警): versioned policy parameters and rules, department feed records, and
-- screening runs with the findings they stored.

-- 政策参数 (DOMAIN.md §5). Each change makes a new version; a run pins the version it used. A
-- value applies to the screening years from its year on, until a later year's value.
create table parameter_version (
    version    integer     primary key,
    created_at timestamptz not null,
    created_by text        not null,
    note       text        not null
);

create table parameter_value (
    version integer       not null references parameter_version (version),
    name    varchar(40)   not null,
    year    smallint      not null check (year between 2000 and 2100),
    value   numeric(14,4) not null,
    primary key (version, name, year)
);

-- 规则: every version of every rule is kept; a rule set (a numbered list of rule versions) is
-- what runs use. The active set is the one with the highest number.
create table rule (
    code           varchar(32)  not null,
    version        integer      not null check (version > 0),
    kind           varchar(12)  not null check (kind in ('WARNING', 'ELIGIBILITY', 'DATA_QUALITY')),
    risk_type      varchar(20),
    suggests       varchar(16),
    title          text         not null,
    message        text         not null,
    condition_text text         not null,
    created_at     timestamptz  not null,
    created_by     text         not null,
    primary key (code, version)
);

create table rule_set (
    version      integer     primary key,
    activated_at timestamptz not null,
    activated_by text        not null,
    note         text        not null
);

create table rule_set_rule (
    rule_set_version integer     not null references rule_set (version),
    code             varchar(32) not null,
    rule_version     integer     not null,
    primary key (rule_set_version, code),
    foreign key (code, rule_version) references rule (code, version)
);

-- 部门数据 (DOMAIN.md §7): one row per department record, idempotent by (部门, 记录编号). Records
-- are matched to persons by ID number when read, so a person registered later is matched then;
-- records that match no one are kept (and reported), never dropped.
create table feed_record (
    seq         bigint        generated always as identity,   -- compact key for snapshots and explanations
    department  varchar(4)    not null,
    record_id   varchar(64)   collate "C" not null,
    id_number   varchar(18)   collate "C" not null,
    item        varchar(4)    not null,
    occurred_on date          not null,
    value       numeric(14,2),
    text_value  text,
    received_at timestamptz   not null,
    job_id      uuid,
    primary key (department, record_id)
);
create unique index feed_record_seq_idx on feed_record (seq);
create index feed_record_person_idx on feed_record (id_number);
create index feed_record_received_idx on feed_record (received_at);

-- 筛查: one row per run; its findings replace the region's earlier findings.
create table screening_run (
    id                bigint       generated always as identity primary key,
    job_id            uuid         references job (id),
    region_code       varchar(12)  collate "C" not null references region (code),
    rule_set_version  integer      not null references rule_set (version),
    parameter_version integer      not null references parameter_version (version),
    screening_date    date         not null,
    incremental       boolean      not null,
    base_run_id       bigint       references screening_run (id),
    state             varchar(9)   not null check (state in ('RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    households        bigint       not null default 0,
    hits              bigint       not null default 0,
    errors            bigint       not null default 0,
    created_by        text         not null,
    started_at        timestamptz  not null,
    finished_at       timestamptz,
    timings           jsonb
);

-- A household's current findings (HIT or ERROR; a no-hit is not stored). `inputs` holds the
-- values compared and the feed records used, so every finding is explainable from what is stored.
create table finding (
    household_id       varchar(16) collate "C" not null references household (id) on delete cascade,
    rule_code          varchar(32) not null,
    rule_version       integer     not null,
    kind               varchar(12) not null,
    status             varchar(5)  not null check (status in ('HIT', 'ERROR')),
    risk_type          varchar(20),
    suggested_category varchar(15),
    explanation        text        not null,
    inputs             jsonb       not null,
    run_id             bigint      not null references screening_run (id),
    first_run_id       bigint      not null,
    primary key (household_id, rule_code)
);
create index finding_rule_idx on finding (rule_code, status);

-- Counts per county, rule and status of each run: the run's summary without scanning findings.
create table screening_count (
    run_id      bigint      not null references screening_run (id) on delete cascade,
    county_code varchar(12) collate "C" not null,
    rule_code   varchar(32) not null,
    status      varchar(5)  not null,
    households  bigint      not null,
    primary key (run_id, county_code, rule_code, status)
);
