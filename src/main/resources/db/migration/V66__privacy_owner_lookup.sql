-- Issue 13 (PIPL): finding one owner's visits by what staff or a DMS know of them, and everything that hangs off a
-- visit, without scanning whole tables; erasure and the retention job go through the same keys (ADR 0050).
alter table visit
    add key visit_by_phone (phone),
    add key visit_by_email (email),
    add key visit_by_plate (plate),
    add key visit_by_vin (vin),
    add key visit_by_owner_name (owner_name);

alter table survey_response add key survey_response_by_visit (visit_id);
alter table recovery_case add key recovery_case_by_visit (visit_id);
alter table report_response add key report_response_by_visit (visit_id);
