-- H2 has no PL/SQL: a Java trigger (org.worktime.server.audit.AppendOnlyTrigger) refuses UPDATE and DELETE of
-- audit rows. Anyone who can open the database file can drop it; docs/SERVER.md says so.
create trigger audit_event_append_only before update, delete on audit_event
    for each row call 'org.worktime.server.audit.AppendOnlyTrigger';
