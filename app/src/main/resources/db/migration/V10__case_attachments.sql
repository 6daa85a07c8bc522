-- SPDX-License-Identifier: Apache-2.0
-- Files of a monitoring case: the household's signed data-check authorisation (授权书), photographed
-- on the visit, and other evidence. Kept in the database with their checksum, so that a backup of the
-- database is a backup of the case; size-limited by the application.
create table case_attachment (
    id           bigint       generated always as identity primary key,
    case_id      bigint       not null references monitoring_case (id) on delete cascade,
    kind         varchar(13)  not null check (kind in ('AUTHORISATION', 'EVIDENCE')),
    file_name    text         not null,
    content_type varchar(20)  not null check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    size         integer      not null check (size > 0),
    sha256       varchar(64)  not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null,
    uploaded_by  text         not null
);
create index case_attachment_case_idx on case_attachment (case_id, id);
