-- the store's own service-type words (定期保养, 钣金喷漆 …), as its users mapped them in the import, one word=TYPE a line
alter table visit_import_mapping add column service_type_words text not null default '';
