-- In PostgreSQL no one, the application's own user included, may change or remove an audit row: the trigger
-- refuses UPDATE and DELETE, and TRUNCATE, before they touch a row. (Only a superuser or the table's owner could
-- drop the trigger, which itself leaves the chain to detect; docs/SERVER.md advises running the server as a
-- user that does not own the tables.)
create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
