-- SPDX-License-Identifier: Apache-2.0
-- The order in which runs stored their findings (set inside the storing transaction, under the
-- findings lock). An incremental run derives its counts from the last run that stored findings of
-- an overlapping region when that run covered exactly its region, instead of recounting them all.
create sequence screening_store_seq;
alter table screening_run add column stored_seq bigint;
create index screening_run_stored_idx on screening_run (stored_seq) where stored_seq is not null;
