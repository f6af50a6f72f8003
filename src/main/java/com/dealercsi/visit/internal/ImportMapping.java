package com.dealercsi.visit.internal;

import com.dealercsi.shared.AggregateRoot;
import com.dealercsi.shared.Language;
import com.dealercsi.visit.ServiceType;
import com.dealercsi.visit.fileimport.ColumnMapping;
import com.dealercsi.visit.fileimport.ImportField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The last column mapping a store imported with, one per store. */
@Entity
@Table(name = "visit_import_mapping")
public class ImportMapping extends AggregateRoot {

    private UUID storeId;
    /** One {@code FIELD=header} per line: a handful of pairs, never queried by field. */
    @Column(name = "columns_text")
    private String columns;
    /** One {@code word=TYPE} per line: the store's own service-type words. */
    @Column(name = "service_type_words")
    private String serviceTypeWords = "";

    @Enumerated(EnumType.STRING)
    private ServiceType defaultServiceType;

    @Enumerated(EnumType.STRING)
    private Language defaultLanguage;

    private Instant updatedAt;

    protected ImportMapping() {
        this(new UUID(0, 0), new ColumnMapping(Map.of(), ServiceType.MAINTENANCE, Language.ZH_CN), Instant.EPOCH);
    }

    public ImportMapping(UUID storeId, ColumnMapping mapping, Instant now) {
        this.storeId = storeId;
        this.columns = "";
        this.defaultServiceType = mapping.defaultServiceType();
        this.defaultLanguage = mapping.defaultLanguage();
        this.updatedAt = now;
        remember(mapping, now);
    }

    public void remember(ColumnMapping mapping, Instant now) {
        this.columns = mapping.columns().entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue().replaceAll("[\\r\\n]+", " "))
                .collect(Collectors.joining("\n"));
        this.serviceTypeWords = mapping.serviceTypeWords().entrySet().stream()
                .map(e -> e.getKey().replaceAll("[\\r\\n=]+", " ") + "="
                        + e.getValue().name())
                .collect(Collectors.joining("\n"));
        this.defaultServiceType = mapping.defaultServiceType();
        this.defaultLanguage = mapping.defaultLanguage();
        this.updatedAt = now;
    }

    public ColumnMapping toMapping() {
        var words = new java.util.HashMap<String, ServiceType>();
        for (var line : serviceTypeWords.split("\n")) {
            var split = line.lastIndexOf('=');
            if (split > 0) {
                try {
                    words.put(line.substring(0, split), ServiceType.valueOf(line.substring(split + 1)));
                } catch (IllegalArgumentException typeNoLongerExists) {
                    // a type dropped in a later version: the word is asked again at the next import
                }
            }
        }
        var fields = new EnumMap<ImportField, String>(ImportField.class);
        for (var line : columns.split("\n")) {
            var split = line.indexOf('=');
            if (split > 0) {
                try {
                    fields.put(ImportField.valueOf(line.substring(0, split)), line.substring(split + 1));
                } catch (IllegalArgumentException fieldNoLongerExists) {
                    // a field dropped in a later version: the rest of the mapping still holds
                }
            }
        }
        return new ColumnMapping(fields, defaultServiceType, defaultLanguage, words);
    }

    public UUID storeId() {
        return storeId;
    }

    /**
     * Replaces every header and service-type word that is one of an owner's values (as {@code OwnerText.folded})
     * with the marker. A mapping keeps the file's headers and words, never sample values; only a file without a
     * header row makes its first row's cells headers (ADR 0050).
     *
     * @return whether anything was replaced
     */
    public boolean erase(java.util.Set<String> foldedValues, String marker) {
        var columnsBefore = columns;
        var wordsBefore = serviceTypeWords;
        columns = eraseLines(columns, foldedValues, marker, false);
        serviceTypeWords = eraseLines(serviceTypeWords, foldedValues, marker, true);
        return !columns.equals(columnsBefore) || !serviceTypeWords.equals(wordsBefore);
    }

    /** Lines {@code FIELD=header} (the value after the first {@code =}) or {@code word=TYPE} (before the last). */
    private static String eraseLines(String text, java.util.Set<String> foldedValues, String marker, boolean keyFirst) {
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            var split = keyFirst ? line.lastIndexOf('=') : line.indexOf('=');
            if (split <= 0) {
                continue;
            }
            var value = keyFirst ? line.substring(0, split) : line.substring(split + 1);
            if (foldedValues.contains(com.dealercsi.shared.privacy.OwnerText.folded(value))) {
                lines[i] = keyFirst ? marker + line.substring(split) : line.substring(0, split + 1) + marker;
            }
        }
        return String.join("\n", lines);
    }
}
