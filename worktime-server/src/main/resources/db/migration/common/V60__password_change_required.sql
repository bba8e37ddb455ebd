-- A user who must replace a one-time password before doing anything else (the first administrator's printed one).
alter table app_user add column password_change_required boolean default false not null;
