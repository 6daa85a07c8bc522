-- SPDX-License-Identifier: Apache-2.0
-- Each feed record carries the household of the person it is about (null when it matches no
-- registered person), kept current by triggers on person, so that a screening snapshot reads a
-- region's records by household without joining 50 M records to 45 M persons. Statement-level
-- triggers with transition tables: one set-based update per import statement, not per row. They
-- fire ALWAYS, including in bulk imports that switch ordinary triggers off (session_replication_role).

alter table feed_record add column household_id varchar(16) collate "C";

update feed_record f set household_id = p.household_id from person p where p.id_number = f.id_number;

create index feed_record_household_idx on feed_record (household_id);

create function feed_record_follow_inserted_persons() returns trigger language plpgsql as $$
begin
    update feed_record f set household_id = n.household_id
    from new_persons n where f.id_number = n.id_number and f.household_id is distinct from n.household_id;
    return null;
end $$;

create function feed_record_follow_updated_persons() returns trigger language plpgsql as $$
begin
    update feed_record f set household_id = n.household_id
    from new_persons n join old_persons o on o.id_number = n.id_number
    where f.id_number = n.id_number and n.household_id is distinct from o.household_id;
    return null;
end $$;

create function feed_record_follow_deleted_persons() returns trigger language plpgsql as $$
begin
    update feed_record f set household_id = null
    from old_persons o where f.id_number = o.id_number
      and not exists (select 1 from person p where p.id_number = o.id_number);
    return null;
end $$;

create trigger person_inserted_feed after insert on person referencing new table as new_persons
    for each statement execute function feed_record_follow_inserted_persons();
create trigger person_updated_feed after update on person referencing old table as old_persons new table as new_persons
    for each statement execute function feed_record_follow_updated_persons();
create trigger person_deleted_feed after delete on person referencing old table as old_persons
    for each statement execute function feed_record_follow_deleted_persons();

alter table person enable always trigger person_inserted_feed;
alter table person enable always trigger person_updated_feed;
alter table person enable always trigger person_deleted_feed;
