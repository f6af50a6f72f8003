create table response_score (
    response_id        uuid        not null primary key,
    store_id           uuid        not null,
    csi                double,
    service_initiation double,
    service_advisor    double,
    service_quality    double,
    service_facility   double,
    vehicle_pickup     double,
    submitted_at       datetime(6) not null,
    key response_score_by_store (store_id, submitted_at)
) engine = InnoDB;
