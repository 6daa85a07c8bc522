-- SPDX-License-Identifier: Apache-2.0
-- Users with one role and one region, their sessions (bearer tokens, stored as hashes), and the
-- append-only audit log of every write and every unmasked read.

create table app_user (
    username            varchar(64)  collate "C" primary key check (username ~ '^[a-z0-9_.-]{3,64}$'),
    password_hash       text         not null,                 -- BCrypt
    role                varchar(12)  not null check (role in ('ADMIN', 'PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP',
                                                           'VILLAGE', 'GRID_WORKER', 'DEPARTMENT', 'AUDITOR')),
    region_code         varchar(15)  collate "C" not null,     -- a region code; a grid code for grid workers
    display_name        text,
    enabled             boolean      not null default true,
    failed_logins       integer      not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz  not null,
    created_at          timestamptz  not null,
    created_by          text         not null,
    version             integer      not null default 1
);

create table auth_session (
    token_hash  bytea        primary key,                      -- SHA-256 of the bearer token
    username    varchar(64)  collate "C" not null references app_user (username) on delete cascade,
    issued_at   timestamptz  not null,
    expires_at  timestamptz  not null,
    revoked_at  timestamptz
);
create index auth_session_user_idx on auth_session (username);

create table audit_log (
    id          bigint       generated always as identity primary key,
    at          timestamptz  not null,
    actor       text         not null,
    role        varchar(12),
    region_code varchar(15)  collate "C",                      -- the region of the record acted on (or the actor's)
    action      varchar(48)  not null,                         -- e.g. household.update, household.unmask, user.create
    target      text,                                          -- e.g. household:360821100201000001
    reason      text,
    before      jsonb,
    after       jsonb
);
create index audit_log_at_idx on audit_log (at);
create index audit_log_actor_idx on audit_log (actor, at);
create index audit_log_target_idx on audit_log (target);

-- Append-only, also for the application's own database user.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update or delete or truncate on audit_log
    for each statement execute function audit_log_append_only();
