-- SPDX-License-Identifier: Apache-2.0
-- 贫困退出 (DOMAIN.md §9) and its history, 2013–2020: who was registered poor from when to when, the
-- rural registered population of every village by year, the poor villages and poverty counties with
-- their exit years, and the third-party sample surveys of the county assessments. Reports count
-- from these rows (poor persons, incidence, poor villages, exited counties at any year's end).
-- Also 一站式结算 (one-stop settlement) records of the medical four lines (DOMAIN.md §8).
-- Years are year-ends: identified_year 2013 = in the 2014 建档立卡 on the end-2013 baseline; a
-- household is poor at the end of Y when identified_year <= Y and (exit_year is null or exit_year > Y).

-- 建档立卡贫困户 (archive): one row per registered poor household.
create table poverty_household (
    household_id    varchar(16) collate "C" primary key,                 -- 户编号 (the registry's, when registered there)
    village_code    varchar(12) collate "C" not null references region (code),
    identified_year smallint    not null check (identified_year between 2013 and 2020),
    exit_year       smallint    check (exit_year between 2014 and 2030),  -- 脱贫年度; null = not exited
    persons         smallint    not null check (persons > 0),             -- registered poor persons of the household
    source          text        not null,
    constraint poverty_household_years check (exit_year is null or exit_year >= identified_year),
    constraint poverty_household_in_village check (left(household_id, 12) = village_code)
);
-- region filters are prefix ranges on the village code; the covering columns make yearly counts index-only
create index poverty_household_village_idx on poverty_household (village_code) include (identified_year, exit_year, persons);

-- 乡村户籍人口: rural registered persons of each village at the end of each year (the incidence denominator).
create table village_population (
    year          smallint    not null check (year between 2000 and 2100),
    village_code  varchar(12) collate "C" not null references region (code),
    rural_persons integer     not null check (rural_persons >= 0),
    source        text        not null,
    primary key (year, village_code)
);

-- 贫困村: designated poor villages (3,058 of the 13th five-year plan in Jiangxi) and the year each exited.
create table poor_village (
    village_code    varchar(12) collate "C" primary key references region (code),
    designated_year smallint    not null check (designated_year between 2013 and 2020),
    exit_year       smallint    check (exit_year between 2014 and 2030),
    deeply_poor     boolean     not null default false,                   -- 深度贫困村
    source          text        not null,
    constraint poor_village_years check (exit_year is null or exit_year > designated_year)
);

-- 贫困县: designated poverty counties and their exit (摘帽): the procedure's dates and the evaluation
-- of the assessed year it was approved on (approval year = assessed year + 1).
create table poverty_county (
    county_code      varchar(12) collate "C" primary key references region (code),
    designated_year  smallint    not null check (designated_year between 2013 and 2020),
    exit_year        smallint    check (exit_year between 2014 and 2030), -- year the exit was approved
    assessed_year    smallint,
    applied_on       date,                                                -- 县申请
    city_reviewed_on date,                                                -- 市初审
    assessed_on      date,                                                -- 省第三方评估
    notice_from      date,                                                -- 公示
    notice_to        date,
    approved_on      date,                                                -- 批准退出
    evaluation       jsonb,                                               -- the passing evaluation of assessed_year
    parameter_version integer    references parameter_version (version),
    approved_by      text,
    source           text        not null,
    constraint poverty_county_level check (county_code ~ '^[0-9]{6}000000$' and county_code !~ '^[0-9]{4}00000000$'),
    constraint poverty_county_exit check ((exit_year is null) = (approved_on is null)
        and (exit_year is null or (assessed_year = exit_year - 1 and extract(year from approved_on) = exit_year
            and applied_on <= city_reviewed_on and city_reviewed_on <= assessed_on and assessed_on <= notice_from
            and notice_from <= notice_to and notice_to < approved_on)))
);

-- 第三方评估抽样调查: one row per sampled household of a county's assessment year. Rates are person-weighted
-- (错退率 = wrongly exited persons / sampled exited persons; 漏评率 = wrongly omitted persons / sampled
-- non-registered persons); 认可度 counts households (approving / asked).
create table exit_survey_entry (
    id           bigint      generated always as identity primary key,
    county_code  varchar(12) collate "C" not null references region (code),
    year         smallint    not null check (year between 2013 and 2030),
    household_id varchar(16) collate "C" not null,
    village_code varchar(12) collate "C" not null references region (code),
    sample       varchar(8)  not null check (sample in ('EXITED', 'NON_POOR')),
    persons      smallint    not null check (persons > 0),
    wrong_exit   boolean     not null default false,                      -- 错退 (EXITED sample only)
    missed       boolean     not null default false,                      -- 漏评 (NON_POOR sample only)
    recognises   boolean,                                                 -- 认可; null = not asked
    surveyed_on  date        not null,
    surveyor     text        not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    unique (county_code, year, household_id),
    constraint exit_survey_village_in_county check (left(village_code, 6) = left(county_code, 6)
        and left(household_id, 12) = village_code),
    constraint exit_survey_flags check ((sample = 'EXITED' or not wrong_exit) and (sample = 'NON_POOR' or not missed))
);
create index exit_survey_village_idx on exit_survey_entry (village_code, year);

-- 一站式结算: one inpatient stay settled through the four lines at discharge, with the parameter version
-- it used and each line's figures (explanation). Idempotent by the hospital's settlement number.
create table medical_settlement (
    id                bigint       generated always as identity primary key,
    settlement_no     varchar(40)  collate "C" not null unique,           -- 结算单号
    id_number         varchar(18)  collate "C" not null,
    household_id      varchar(16)  collate "C" not null,                  -- the patient's household when settled
    village_code      varchar(12)  collate "C" not null references region (code),
    hospital          text         not null,
    hospital_level    varchar(9)   not null check (hospital_level in ('PRIMARY', 'SECONDARY', 'TERTIARY')),
    in_province       boolean      not null,
    admitted_on       date         not null,
    discharged_on     date         not null,
    statuses          text         not null,                              -- e.g. 'EXITED,DIBAO'; '' = ordinary
    total_fen         bigint       not null check (total_fen >= 0),
    eligible_fen      bigint       not null check (eligible_fen between 0 and total_fen),
    basic_fen         bigint       not null,
    serious_fen       bigint       not null,
    assistance_fen    bigint       not null,
    supplementary_fen bigint       not null,
    out_of_pocket_fen bigint       not null,
    parameter_version integer      not null references parameter_version (version),
    lines             jsonb        not null,
    created_at        timestamptz  not null,
    created_by        text         not null,
    constraint medical_settlement_dates check (admitted_on <= discharged_on),
    constraint medical_settlement_household check (left(household_id, 12) = village_code)
);
create index medical_settlement_person_idx on medical_settlement (id_number, discharged_on);
create index medical_settlement_village_idx on medical_settlement (village_code, discharged_on);
