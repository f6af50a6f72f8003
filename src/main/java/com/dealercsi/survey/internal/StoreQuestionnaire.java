package com.dealercsi.survey.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Which questionnaire version a store's new surveys use. */
@Entity
@Table(name = "store_questionnaire")
public class StoreQuestionnaire {

    @Id
    private UUID storeId;

    private int questionnaireVersion;

    protected StoreQuestionnaire() {
        this.storeId = new UUID(0, 0);
    }

    public StoreQuestionnaire(UUID storeId, int questionnaireVersion) {
        this.storeId = storeId;
        this.questionnaireVersion = questionnaireVersion;
    }

    public void use(int version) {
        this.questionnaireVersion = version;
    }

    public UUID storeId() {
        return storeId;
    }

    public int questionnaireVersion() {
        return questionnaireVersion;
    }
}
