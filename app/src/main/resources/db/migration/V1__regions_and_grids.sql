-- SPDX-License-Identifier: Apache-2.0
-- 行政区划 and 网格: the statistical division hierarchy (province → village) and the grids below villages.
-- Codes are compared byte-wise (collation "C") so that `code LIKE 'prefix%'` is an index range scan.

create table region (
    code        varchar(12) collate "C" primary key,
    name        text        not null check (length(name) between 1 and 100),
    level       varchar(8)  not null check (level in ('province', 'city', 'county', 'township', 'village')),
    parent_code varchar(12) collate "C" references region (code),
    constraint region_code_digits check (code ~ '^[0-9]{12}$'),
    constraint region_root_has_no_parent check ((level = 'province') = (parent_code is null))
);
create index region_parent_idx on region (parent_code);
create index region_level_idx on region (level, code);

comment on table region is '行政区划: NBS 12-digit division codes; level derived from the code';

create table grid (
    code         varchar(15) collate "C" primary key,
    village_code varchar(12) collate "C" not null references region (code),
    name         text        not null check (length(name) between 1 and 100),
    kind         varchar(5)  not null check (kind in ('RURAL', 'URBAN')),
    source       varchar(6)  not null check (source in ('DEMO', 'IMPORT')),
    constraint grid_code_digits check (code ~ '^[0-9]{15}$'),
    constraint grid_code_in_village check (left(code, 12) = village_code)
);
create index grid_village_idx on grid (village_code);

comment on table grid is '网格: 15-digit code = village code + 3-digit sequence';

-- Data sets loaded at start-up or by command, so that a restart never loads one twice.
create table dataset_load (
    name      text        primary key,
    checksum  text        not null,
    rows      bigint      not null,
    loaded_at timestamptz not null default now()
);
