-- Plan jobs (issue 15) share the simulation jobs' table (V40): a job is a simulation or a plan. A plan job keeps the
-- project's parameters, its progress (options planned of all) and its result, the CLI's worktime-plan/1 JSON in the
-- language it was asked in; the report columns stay empty for a plan.
alter table simulation_job add column kind varchar(20) default 'simulation' not null;
