package com.dealercsi.privacy;

import com.dealercsi.shared.privacy.PersonalRecord;
import com.dealercsi.visit.VisitSummary;
import java.time.ZoneId;
import java.util.List;

/** One of the owner's visits, its store, and every record that hangs off it, oldest first. */
public record OwnerVisit(VisitSummary visit, String storeName, ZoneId zone, List<PersonalRecord> records) {}
