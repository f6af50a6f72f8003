package com.dealercsi.survey.internal;

import com.dealercsi.shared.Factor;
import com.dealercsi.survey.Questionnaire;
import com.dealercsi.survey.QuestionnaireItem;
import com.dealercsi.survey.QuestionnaireTemplate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A stored questionnaire version. It has no method that changes it: a new version is a new row. */
@Entity
@Table(name = "questionnaire")
public class QuestionnaireVersion {

    @Id
    private int version;

    private String name;

    @Enumerated(EnumType.STRING)
    private QuestionnaireTemplate template;

    private @Nullable Integer basedOn;
    private int weightSi;
    private int weightSa;
    private int weightSq;
    private int weightSf;
    private int weightVp;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "questionnaire_item", joinColumns = @JoinColumn(name = "questionnaire_version"))
    @OrderBy("position")
    private List<StoredItem> items = new ArrayList<>();

    protected QuestionnaireVersion() {
        this.name = "";
        this.template = QuestionnaireTemplate.STANDARD;
        this.createdAt = Instant.EPOCH;
    }

    public QuestionnaireVersion(int version, Questionnaire content, @Nullable Integer basedOn, Instant createdAt) {
        this.version = version;
        this.name = content.name();
        this.template = content.template();
        this.basedOn = basedOn;
        this.weightSi = content.weights().getOrDefault(Factor.SERVICE_INITIATION, 0);
        this.weightSa = content.weights().getOrDefault(Factor.SERVICE_ADVISOR, 0);
        this.weightSq = content.weights().getOrDefault(Factor.SERVICE_QUALITY, 0);
        this.weightSf = content.weights().getOrDefault(Factor.SERVICE_FACILITY, 0);
        this.weightVp = content.weights().getOrDefault(Factor.VEHICLE_PICKUP, 0);
        this.createdAt = createdAt;
        for (int i = 0; i < content.items().size(); i++) {
            var item = content.items().get(i);
            items.add(new StoredItem(i + 1, item.id(), item.factor().code(), item.textZh(), item.textEn()));
        }
    }

    public Questionnaire toQuestionnaire() {
        var weights = new EnumMap<Factor, Integer>(Factor.class);
        weights.put(Factor.SERVICE_INITIATION, weightSi);
        weights.put(Factor.SERVICE_ADVISOR, weightSa);
        weights.put(Factor.SERVICE_QUALITY, weightSq);
        weights.put(Factor.SERVICE_FACILITY, weightSf);
        weights.put(Factor.VEHICLE_PICKUP, weightVp);
        var content = items.stream()
                .map(item -> new QuestionnaireItem(
                        item.itemId(), Factor.ofCode(item.factor()), item.textZh(), item.textEn()))
                .toList();
        return new Questionnaire(version, name, template, basedOn, content, weights, createdAt);
    }

    @Embeddable
    record StoredItem(int position, String itemId, String factor, String textZh, String textEn) {}
}
