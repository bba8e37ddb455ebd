-- Every evaluation asks whether the workplace keeps leave and reads the employees' earnings, attestations and leave:
-- without an index each of those read the whole table, which grows with every workplace's records.
create index extra_record_employee on extra_record (tenant_id, workplace_id, employee_id, status);
create index extra_record_kind on extra_record (tenant_id, workplace_id, kind, status);
