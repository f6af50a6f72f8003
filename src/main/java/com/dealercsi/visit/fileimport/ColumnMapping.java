package com.dealercsi.visit.fileimport;

import com.dealercsi.shared.Language;
import com.dealercsi.visit.ServiceType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which header of the file fills which visit field, what service type and language rows without such a
 * column (or with the cell empty) get, and what the store's DMS means by its own service-type words
 * ({@code serviceTypeWords}: the word as written → our type), which the store's users set in the import.
 */
public record ColumnMapping(
        Map<ImportField, String> columns,
        ServiceType defaultServiceType,
        Language defaultLanguage,
        Map<String, ServiceType> serviceTypeWords) {

    public ColumnMapping {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
        var words = new java.util.TreeMap<String, ServiceType>();
        serviceTypeWords.forEach((word, type) -> {
            if (!word.isBlank()) {
                words.put(word.strip(), type);
            }
        });
        serviceTypeWords = java.util.Collections.unmodifiableMap(words);
    }

    public ColumnMapping(Map<ImportField, String> columns, ServiceType defaultServiceType, Language defaultLanguage) {
        this(columns, defaultServiceType, defaultLanguage, Map.of());
    }

    /** What a cell of the service-type column means: the store's own word first, then the words everyone uses. */
    public Optional<ServiceType> serviceTypeOf(String cell) {
        var word = cell.strip();
        return Optional.ofNullable(serviceTypeWords.get(word)).or(() -> ServiceType.fromWord(word));
    }

    public ColumnMapping withServiceTypeWords(Map<String, ServiceType> words) {
        return new ColumnMapping(columns, defaultServiceType, defaultLanguage, words);
    }

    public Optional<String> header(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public ColumnMapping with(ImportField field, @org.jspecify.annotations.Nullable String header) {
        var changed = new EnumMap<ImportField, String>(ImportField.class);
        changed.putAll(columns);
        if (header == null || header.isBlank()) {
            changed.remove(field);
        } else {
            changed.put(field, header);
        }
        return new ColumnMapping(changed, defaultServiceType, defaultLanguage, serviceTypeWords);
    }

    public ColumnMapping withDefaults(ServiceType serviceType, Language language) {
        return new ColumnMapping(columns, serviceType, language, serviceTypeWords);
    }

    /** The fields that need a column of the file and have none (the mobile stands for "mobile or e-mail"). */
    public List<ImportField> missing() {
        var missing = new ArrayList<ImportField>();
        for (var field : ImportField.values()) {
            if (field.needsColumn() && !columns.containsKey(field)) {
                missing.add(field);
            }
        }
        // an owner is reached by mail or by phone: a file with neither column has no owner to survey
        if (!columns.containsKey(ImportField.EMAIL) && !columns.containsKey(ImportField.PHONE)) {
            missing.add(ImportField.PHONE);
        }
        return missing;
    }

    /**
     * A column chosen for more than one field, the first in field order: a column fills one field, else the
     * same cell would land in two fields.
     */
    public Optional<String> repeatedColumn() {
        var seen = new HashSet<String>();
        for (var field : ImportField.values()) {
            var header = columns.get(field);
            if (header != null && !seen.add(header)) {
                return Optional.of(header);
            }
        }
        return Optional.empty();
    }

    /** Only the columns this file has. */
    public ColumnMapping restrictedTo(List<String> headers) {
        var kept = new EnumMap<ImportField, String>(ImportField.class);
        columns.forEach((field, header) -> {
            if (headers.contains(header)) {
                kept.put(field, header);
            }
        });
        return new ColumnMapping(kept, defaultServiceType, defaultLanguage, serviceTypeWords);
    }

    /**
     * A mapping guessed from the header names: first headers that are exactly a known name of a field, then
     * headers that contain one (such as 服务顾问姓名), the longest known name first, so that 服务顾问姓名 goes to the
     * advisor and not to the owner's name. Each header fills one field at most.
     */
    public static ColumnMapping suggest(List<String> headers) {
        var mapping = new EnumMap<ImportField, String>(ImportField.class);
        var used = new HashSet<String>();
        for (var field : ImportField.values()) {
            for (var synonym : field.synonyms()) {
                var match = headers.stream()
                        .filter(h -> !used.contains(h))
                        .filter(h -> ImportField.comparable(h).equals(synonym))
                        .findFirst();
                if (match.isPresent()) {
                    mapping.put(field, match.get());
                    used.add(match.get());
                    break;
                }
            }
        }
        record Candidate(ImportField field, String header, int length) {}
        var candidates = new ArrayList<Candidate>();
        for (var header : headers) {
            var comparable = ImportField.comparable(header);
            for (var field : ImportField.values()) {
                for (var synonym : field.synonyms()) {
                    // two ASCII letters (ro, sa) are inside too many words to count as a hint
                    var long_enough = synonym.length() >= 3 || synonym.chars().anyMatch(c -> c > 127);
                    if (long_enough && comparable.contains(synonym)) {
                        candidates.add(new Candidate(field, header, synonym.length()));
                    }
                }
            }
        }
        candidates.sort(java.util.Comparator.comparingInt(Candidate::length).reversed());
        for (var candidate : candidates) {
            if (!mapping.containsKey(candidate.field()) && !used.contains(candidate.header())) {
                mapping.put(candidate.field(), candidate.header());
                used.add(candidate.header());
            }
        }
        return new ColumnMapping(mapping, ServiceType.MAINTENANCE, Language.ZH_CN);
    }

    /** Fills in, from a suggestion, the fields this mapping leaves open, without reusing its headers. */
    public ColumnMapping completedBy(ColumnMapping suggestion) {
        var merged = new EnumMap<ImportField, String>(ImportField.class);
        merged.putAll(columns);
        suggestion.columns().forEach((field, header) -> {
            if (!merged.containsKey(field) && !merged.containsValue(header)) {
                merged.put(field, header);
            }
        });
        return new ColumnMapping(merged, defaultServiceType, defaultLanguage, serviceTypeWords);
    }
}
