-- Galera finds a replicated row by its primary key and refuses to rely on one without (a delete there is applied
-- by scanning, and may hit a different one of two equal rows on each node). The only table without one gets a
-- key of its own; the app never reads it, each insert fills it (ADR 0062).
alter table alert_fired_rule
    add column id uuid not null default uuid() first,
    add primary key (id);
