-- Simulation jobs (issue 14): kept so that a job and its result outlive a restart of the server. The parameters are
-- those of `worktime simulate` (period, sweep, rates) and the policies' ids and names (not their text); the result is
-- the CLI's worktime-simulation JSON, and the HTML report (charts) in each language is rendered once, when it ends.
create table simulation_job (
    id            varchar(36)  primary key,
    tenant_id     varchar(64)  not null,
    workplace_id  varchar(64)  not null,
    status        varchar(10)  not null,
    stage         varchar(200),
    done          integer      not null,
    total         integer      not null,
    parameters    text         not null,
    result        text,
    report_en     text,
    report_ko     text,
    report_ja     text,
    error         varchar(500),
    submitted_by  varchar(100) not null,
    created_at    timestamp with time zone not null,
    finished_at   timestamp with time zone,
    foreign key (tenant_id, workplace_id) references workplace(tenant_id, id)
);
create index simulation_job_tenant on simulation_job (tenant_id, created_at);
