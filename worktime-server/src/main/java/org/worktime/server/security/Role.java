package org.worktime.server.security;

/** What a user may do. Every role but the system administrator belongs to one tenant. */
public enum Role {
    /** Manages tenants and their first HR administrators; sees no tenant's records. */
    SYSTEM_ADMIN,
    /** Everything in the tenant: workplaces, employees, records, imports, users, the audit trail. */
    HR_ADMIN,
    /** Their team (employees whose attribute {@code team} is the manager's): schedules, corrections with a reason. */
    MANAGER,
    /** Their own records and headroom; clocks in and out. */
    EMPLOYEE,
    /** Reads everything in the tenant, the audit trail included; changes nothing. */
    AUDITOR
}
