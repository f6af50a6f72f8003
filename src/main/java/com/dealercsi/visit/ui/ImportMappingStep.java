package com.dealercsi.visit.ui;

import com.dealercsi.shared.Language;
import com.dealercsi.visit.ServiceType;
import com.dealercsi.visit.VisitImports;
import com.dealercsi.visit.fileimport.ColumnMapping;
import com.dealercsi.visit.fileimport.ImportField;
import com.dealercsi.visit.fileimport.ImportTable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The import's second step: which column of the file fills which visit field, with a sample value beside each
 * choice, the defaults, and the file's own service-type words; what the mapping lacks is said at its field.
 */
class ImportMappingStep extends Div {

    private final VisitImports imports;
    private final Map<ImportField, Select<String>> columns = new EnumMap<>(ImportField.class);
    private final Select<ServiceType> defaultServiceType = new Select<>();
    private final Select<Language> defaultLanguage = new Select<>();
    private final ServiceTypeWords serviceTypeWords = new ServiceTypeWords();
    private final Span note = new Span();
    private final Span error = new Span();
    private @Nullable ImportTable table;

    ImportMappingStep(VisitImports imports, Runnable onCheck) {
        this.imports = imports;
        addClassName("import-step");
        var form = new FormLayout();
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("1000px", 3));
        for (var field : ImportField.values()) {
            var select = new Select<String>();
            select.setLabel(getTranslation(field.messageKey()) + (field.needsColumn() ? " *" : ""));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation(
                    field.needsColumn()
                            ? "import.map.choose"
                            : field.hasDefault() ? "import.map.useDefault" : "import.map.none"));
            select.setId("map-" + field.visitField());
            select.addValueChangeListener(change -> {
                sample(select);
                if (field == ImportField.SERVICE_TYPE) {
                    showServiceTypeWords(mapping());
                }
            });
            columns.put(field, select);
            form.add(select);
        }
        defaultServiceType.setLabel(getTranslation("import.map.defaultServiceType"));
        defaultServiceType.setItems(ServiceType.values());
        defaultServiceType.setItemLabelGenerator(type -> getTranslation(type.labelKey()));
        defaultLanguage.setLabel(getTranslation("import.map.defaultLanguage"));
        defaultLanguage.setItems(Language.values());
        defaultLanguage.setItemLabelGenerator(l -> l == Language.ZH_CN ? "简体中文" : "English");
        form.add(defaultServiceType, defaultLanguage);
        error.addClassName("form-error");
        note.addClassName("import-note");
        var check = new Button(getTranslation("import.map.check"), click -> onCheck.run());
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.setId("import-check");
        add(new H3(getTranslation("import.map.title")), note, form, serviceTypeWords, error, new ImportActions(check));
    }

    /** Shows the file's columns as the store mapped them last time, or as guessed from the headers. */
    void show(UUID storeId, ImportTable file) {
        table = file;
        var mapping = imports.mappingFor(storeId, file.headers());
        note.setText(
                getTranslation(imports.remembersMapping(storeId) ? "import.map.remembered" : "import.map.suggested"));
        columns.forEach((field, select) -> {
            select.setItems(file.headers());
            select.setValue(mapping.header(field).orElse(null));
            sample(select);
        });
        defaultServiceType.setValue(mapping.defaultServiceType());
        defaultLanguage.setValue(mapping.defaultLanguage());
        error.setText("");
        serviceTypeWords.hide();
        showServiceTypeWords(mapping);
    }

    /** The mapping as chosen, when complete; otherwise empty, with what is wrong said at the fields. */
    Optional<ColumnMapping> checked() {
        var mapping = mapping();
        columns.values().forEach(select -> select.setInvalid(false));
        if (!mapping.missing().isEmpty()) {
            mapping.missing().forEach(field -> {
                columns.get(field).setInvalid(true);
                columns.get(field).setErrorMessage(getTranslation("import.map.required"));
            });
            error.setText(getTranslation(
                    "import.map.missing",
                    mapping.missing().stream()
                            .map(field -> getTranslation(field.messageKey()))
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("")));
            return Optional.empty();
        }
        var repeated = mapping.repeatedColumn();
        if (repeated.isPresent()) {
            error.setText(getTranslation("import.map.twice", repeated.get()));
            return Optional.empty();
        }
        var openWords = serviceTypeWords.markUnanswered();
        if (!openWords.isEmpty()) {
            error.setText(getTranslation("import.words.required", openWords.getFirst()));
            return Optional.empty();
        }
        error.setText("");
        return Optional.of(mapping);
    }

    ColumnMapping mapping() {
        var chosen = new EnumMap<ImportField, String>(ImportField.class);
        columns.forEach((field, select) -> {
            if (select.getValue() != null) {
                chosen.put(field, select.getValue());
            }
        });
        return new ColumnMapping(
                chosen,
                defaultServiceType.getValue() == null ? ServiceType.MAINTENANCE : defaultServiceType.getValue(),
                defaultLanguage.getValue() == null ? Language.ZH_CN : defaultLanguage.getValue(),
                serviceTypeWords.chosen());
    }

    private void showServiceTypeWords(ColumnMapping mapping) {
        var current = table;
        var column = mapping.header(ImportField.SERVICE_TYPE);
        if (current == null || column.isEmpty()) {
            serviceTypeWords.hide();
            return;
        }
        serviceTypeWords.show(column.get(), imports.serviceTypeWords(current, mapping));
    }

    /** The first non-empty value of the chosen column, so the user sees whether the choice is right. */
    private void sample(Select<String> select) {
        var current = table;
        var header = select.getValue();
        if (current == null || header == null) {
            select.setHelperText(null);
            return;
        }
        var column = current.columnOf(header);
        current.rows().stream()
                .map(row -> row.cell(column))
                .filter(value -> !value.isBlank())
                .findFirst()
                .ifPresentOrElse(
                        value -> select.setHelperText(getTranslation(
                                "import.map.sample", value.length() > 40 ? value.substring(0, 40) + "…" : value)),
                        () -> select.setHelperText(getTranslation("import.map.emptyColumn")));
    }
}
