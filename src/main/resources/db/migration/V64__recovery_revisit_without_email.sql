-- owners without e-mail get no survey mail: the revisit desk calls them from delivery on
alter table revisit_visit add column no_email boolean not null default false;
