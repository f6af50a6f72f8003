package com.dealercsi.alerting.internal;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.alerting.AlertRule;
import com.dealercsi.alerting.FiredRule;
import com.dealercsi.shared.AggregateRoot;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The alert of one response, with the rules that fired; a response is evaluated once. */
@Entity
@Table(name = "alert")
public class Alert extends AggregateRoot {

    private UUID responseId;
    private UUID storeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_level")
    private AlertLevel level;

    private Instant raisedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alert_fired_rule", joinColumns = @JoinColumn(name = "alert_id"))
    private List<StoredRule> rules = new ArrayList<>();

    protected Alert() {
        this.responseId = new UUID(0, 0);
        this.storeId = new UUID(0, 0);
        this.level = AlertLevel.INFO;
        this.raisedAt = Instant.EPOCH;
    }

    public Alert(UUID responseId, UUID storeId, AlertLevel level, List<FiredRule> fired, Instant raisedAt) {
        if (fired.isEmpty()) {
            throw new IllegalArgumentException("An alert needs at least one rule that fired");
        }
        this.responseId = responseId;
        this.storeId = storeId;
        this.level = level;
        this.rules = new ArrayList<>(fired.stream()
                .map(f -> new StoredRule(f.rule(), f.level(), f.detail()))
                .toList());
        this.raisedAt = raisedAt;
    }

    public List<FiredRule> rules() {
        return rules.stream()
                .map(r -> new FiredRule(r.rule(), r.ruleLevel(), r.detail()))
                .toList();
    }

    public UUID responseId() {
        return responseId;
    }

    public AlertLevel level() {
        return level;
    }

    @Embeddable
    record StoredRule(
            @Enumerated(EnumType.STRING) AlertRule rule,
            @Enumerated(EnumType.STRING) AlertLevel ruleLevel,
            String detail) {}
}
