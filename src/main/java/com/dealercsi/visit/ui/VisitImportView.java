package com.dealercsi.visit.ui;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.Language;
import com.dealercsi.visit.ServiceType;
import com.dealercsi.visit.VisitImports;
import com.dealercsi.visit.fileimport.ColumnMapping;
import com.dealercsi.visit.fileimport.ImportField;
import com.dealercsi.visit.fileimport.ImportFileUnreadable;
import com.dealercsi.visit.fileimport.ImportFiles;
import com.dealercsi.visit.fileimport.ImportPreview;
import com.dealercsi.visit.fileimport.ImportResult;
import com.dealercsi.visit.fileimport.ImportTable;
import com.dealercsi.visit.fileimport.RowCheck;
import com.dealercsi.visit.fileimport.RowCheck.Status;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Visits from a DMS export: upload a CSV or Excel file, match its columns to the visit's fields (remembered per
 * store), see every row's problems, import the good rows, download the others to fix. The rules are the API's.
 */
@Route("visits/import")
@Menu(title = "import.nav", order = 3)
@RolesAllowed({"ADMIN", "STORE_MANAGER", "CUSTOMER_SERVICE_MANAGER", "CUSTOMER_SERVICE"})
@StyleSheet("import.css")
public class VisitImportView extends Main implements HasDynamicTitle {

    /** Far more than a month of a large store's repair orders, small enough to hold in memory. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final VisitImports imports;
    private final Select<StoreRef> store = new Select<>();
    private final Select<Charset> encoding = new Select<>();
    private final Span fileSummary = new Span();
    private final Span fileError = new Span();
    private final Div steps = new Div();
    private final Div uploadStep = new Div();
    private final Div uploadBox = new Div();
    private final Div mappingStep = new Div();
    private final Div previewStep = new Div();
    private final Div resultStep = new Div();
    private final Map<ImportField, Select<String>> columns = new EnumMap<>(ImportField.class);
    private final Select<ServiceType> defaultServiceType = new Select<>();
    private final Select<Language> defaultLanguage = new Select<>();
    private final ServiceTypeWords serviceTypeWords = new ServiceTypeWords();
    private final Span mappingNote = new Span();
    private final Span mappingError = new Span();
    private final Checkbox onlyProblems = new Checkbox();
    private final Grid<RowCheck> rows = new Grid<>();
    private final Span counts = new Span();
    private final Button importButton = new Button();
    private final Div previewDownload = new Div();

    private byte @Nullable [] bytes;
    private String fileName = "";
    private @Nullable ImportTable table;
    private @Nullable ImportPreview preview;
    private @Nullable ImportResult result;

    public VisitImportView(VisitImports imports, Stores stores) {
        this.imports = imports;
        addClassNames("page", "visit-import");
        var visible = CurrentStaff.visibleStoreIds(stores);
        var myStores = stores.all().stream().filter(s -> visible.contains(s.id())).toList();
        store.setLabel(getTranslation("import.store"));
        store.setItems(myStores);
        store.setItemLabelGenerator(StoreRef::name);
        store.setId("import-store");
        if (!myStores.isEmpty()) {
            store.setValue(myStores.getFirst());
        }
        store.addValueChangeListener(change -> {
            if (table != null) {
                showMapping(imports.mappingFor(change.getValue().id(), table.headers()));
            }
        });
        add(new H2(getTranslation("import.title")), steps, uploadStep(), mappingStep, previewStep, resultStep);
        mappingStep.addClassName("import-step");
        previewStep.addClassName("import-step");
        resultStep.addClassName("import-step");
        buildMapping();
        buildPreview();
        show(1);
    }

    private Component uploadStep() {
        var intro = new Paragraph(getTranslation("import.upload.intro"));
        uploadBox.add(newUpload());
        encoding.setLabel(getTranslation("import.encoding"));
        encoding.setItems(ImportFiles.ENCODINGS);
        encoding.setItemLabelGenerator(charset -> getTranslation("import.encoding." + charset.name()));
        encoding.setHelperText(getTranslation("import.encoding.helper"));
        encoding.setVisible(false);
        encoding.setId("import-encoding");
        encoding.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                read(change.getValue());
            }
        });
        fileError.addClassName("form-error");
        fileSummary.addClassName("import-file");
        var form = new FormLayout(store, encoding);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        uploadStep.add(intro, form, uploadBox, fileError);
        uploadStep.addClassName("import-step");
        return new Div(uploadStep, fileSummary);
    }

    /** A fresh upload each time, so a new file can be chosen after an import whatever the browser kept. */
    private Upload newUpload() {
        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            bytes = data;
            fileName = metadata.fileName();
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".xlsx", ".xls", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel");
        upload.setUploadButton(new Button(getTranslation("import.upload.button")));
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        upload.addFileRejectedListener(e -> fileError.setText(getTranslation("import.file.tooLarge")));
        upload.addAllFinishedListener(e -> {
            upload.clearFileList();
            read(null);
        });
        return upload;
    }

    private void read(@Nullable Charset chosen) {
        fileError.setText("");
        var data = bytes;
        if (data == null || store.getValue() == null) {
            fileError.setText(getTranslation(store.getValue() == null ? "import.store.required" : "import.file.none"));
            return;
        }
        try {
            var read = ImportFiles.read(fileName, data, chosen);
            table = read;
            preview = null;
            result = null;
            encoding.setVisible(read.encoding() != null);
            if (read.encoding() != null) {
                encoding.setValue(ImportFiles.ENCODINGS.contains(read.encoding()) ? read.encoding()
                        : ImportFiles.GB18030);
            }
            fileSummary.setText(getTranslation("import.file.summary", read.fileName(), read.rows().size(),
                    read.headers().size()));
            showMapping(imports.mappingFor(store.getValue().id(), read.headers()));
            show(2);
        } catch (ImportFileUnreadable unreadable) {
            table = null;
            fileSummary.setText("");
            fileError.setText(getTranslation(unreadable.messageKey(), ImportFiles.MAX_ROWS));
            show(1);
        }
    }

    private void buildMapping() {
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("1000px", 3));
        for (var field : ImportField.values()) {
            var select = new Select<String>();
            select.setLabel(getTranslation(field.messageKey()) + (field.needsColumn() ? " *" : ""));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation(field.needsColumn() ? "import.map.choose"
                    : field == ImportField.VIN || field == ImportField.EMAIL || field == ImportField.PHONE ? "import.map.none"
                    : "import.map.useDefault"));
            select.setId("map-" + field.visitField());
            select.addValueChangeListener(change -> {
                sample(field, select);
                if (field == ImportField.SERVICE_TYPE) {
                    showServiceTypeWords();
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
        mappingError.addClassName("form-error");
        mappingNote.addClassName("import-note");
        var check = new Button(getTranslation("import.map.check"), click -> check());
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.setId("import-check");
        mappingStep.add(new H3(getTranslation("import.map.title")), mappingNote, form, serviceTypeWords, mappingError,
                actions(check));
    }

    private void showMapping(ColumnMapping mapping) {
        var current = table;
        if (current == null) {
            return;
        }
        mappingNote.setText(getTranslation(imports.remembersMapping(store.getValue().id())
                ? "import.map.remembered" : "import.map.suggested"));
        columns.forEach((field, select) -> {
            select.setItems(current.headers());
            select.setValue(mapping.header(field).orElse(null));
            sample(field, select);
        });
        defaultServiceType.setValue(mapping.defaultServiceType());
        defaultLanguage.setValue(mapping.defaultLanguage());
        mappingError.setText("");
        serviceTypeWords.hide();
        showServiceTypeWords(mapping);
    }

    private void showServiceTypeWords() {
        showServiceTypeWords(mapping());
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
    private void sample(ImportField field, Select<String> select) {
        var current = table;
        var header = select.getValue();
        if (current == null || header == null) {
            select.setHelperText(null);
            return;
        }
        var column = current.columnOf(header);
        current.rows().stream().map(row -> row.cell(column)).filter(value -> !value.isBlank()).findFirst()
                .ifPresentOrElse(value -> select.setHelperText(getTranslation("import.map.sample",
                                value.length() > 40 ? value.substring(0, 40) + "…" : value)),
                        () -> select.setHelperText(getTranslation("import.map.emptyColumn")));
    }

    private ColumnMapping mapping() {
        var chosen = new EnumMap<ImportField, String>(ImportField.class);
        columns.forEach((field, select) -> {
            if (select.getValue() != null) {
                chosen.put(field, select.getValue());
            }
        });
        return new ColumnMapping(chosen,
                defaultServiceType.getValue() == null ? ServiceType.MAINTENANCE : defaultServiceType.getValue(),
                defaultLanguage.getValue() == null ? Language.ZH_CN : defaultLanguage.getValue(),
                serviceTypeWords.chosen());
    }

    private void check() {
        var current = table;
        if (current == null) {
            return;
        }
        var mapping = mapping();
        columns.values().forEach(select -> select.setInvalid(false));
        if (!mapping.missing().isEmpty()) {
            mapping.missing().forEach(field -> {
                columns.get(field).setInvalid(true);
                columns.get(field).setErrorMessage(getTranslation("import.map.required"));
            });
            mappingError.setText(getTranslation("import.map.missing", mapping.missing().stream()
                    .map(field -> getTranslation(field.messageKey())).reduce((a, b) -> a + ", " + b).orElse("")));
            return;
        }
        var duplicate = mapping.columns().values().stream()
                .filter(h -> java.util.Collections.frequency(mapping.columns().values(), h) > 1).findFirst();
        if (duplicate.isPresent()) {
            mappingError.setText(getTranslation("import.map.twice", duplicate.get()));
            return;
        }
        var openWords = serviceTypeWords.markUnanswered();
        if (!openWords.isEmpty()) {
            mappingError.setText(getTranslation("import.words.required", openWords.getFirst()));
            return;
        }
        mappingError.setText("");
        preview = imports.preview(store.getValue().id(), current, mapping);
        onlyProblems.setValue(preview.rows().stream().anyMatch(VisitImportView::needsALook));
        showPreview();
        importButton.setEnabled(preview.count(Status.READY) > 0);
        importButton.setText(getTranslation("import.preview.import", preview.count(Status.READY)));
        show(3);
    }

    private void buildPreview() {
        onlyProblems.setLabel(getTranslation("import.preview.onlyProblems"));
        onlyProblems.addValueChangeListener(change -> showPreview());
        rows.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        rows.addColumn(check -> check.row().line()).setHeader(getTranslation("import.preview.line"))
                .setAutoWidth(true).setFlexGrow(0);
        rows.addComponentColumn(this::rowDetails).setHeader(getTranslation("import.preview.row")).setFlexGrow(1);
        rows.setId("import-rows");
        rows.addClassName("import-rows");
        counts.addClassName("import-counts");
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setId("import-run");
        // the browser disables the button at the first click, so a double click imports once
        importButton.setDisableOnClick(true);
        importButton.addClickListener(click -> runImport());
        var back = new Button(getTranslation("import.preview.back"), click -> show(2));
        previewDownload.addClassName("import-download");
        previewStep.add(new H3(getTranslation("import.preview.title")), counts, onlyProblems, rows, previewDownload,
                actions(importButton, back));
    }

    private void showPreview() {
        var current = preview;
        if (current == null) {
            return;
        }
        var warned = current.rows().stream().filter(row -> row.status() == Status.READY && !row.warnings().isEmpty())
                .count();
        counts.setText(getTranslation("import.preview.counts", current.count(Status.READY),
                current.count(Status.ALREADY_THERE), current.count(Status.REJECTED), current.count(Status.DUPLICATE))
                + (warned == 0 ? "" : " — " + getTranslation("import.preview.warnings", warned)));
        rows.setItems(onlyProblems.getValue() ? current.rows().stream().filter(VisitImportView::needsALook).toList()
                : current.rows());
        previewDownload.removeAll();
        // the rows to fix are there after every check, also when nothing at all can be imported
        if (current.count(Status.REJECTED) > 0 && table != null) {
            previewDownload.add(rowsToFix(table, current.rejected(), "import-preview-rejected-file",
                    getTranslation("import.preview.fix", current.count(Status.REJECTED))));
        }
    }

    /** Rows with problems, repeats and warnings: what a person should read before importing. */
    private static boolean needsALook(RowCheck row) {
        return row.status() == Status.REJECTED || row.status() == Status.DUPLICATE
                || (row.status() == Status.READY && !row.warnings().isEmpty());
    }

    private Anchor rowsToFix(ImportTable current, List<RowCheck> rejectedRows, String id, String text) {
        var locale = UI.getCurrent().getLocale();
        var name = baseName(current.fileName()) + "-" + getTranslation("import.result.fileSuffix") + ".csv";
        var download = new Anchor((DownloadHandler) event -> {
            event.setFileName(name);
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(imports.rejectedRowsFile(current, rejectedRows, locale));
        }, AttachmentType.DOWNLOAD, text);
        download.setId(id);
        return download;
    }

    private Component rowDetails(RowCheck check) {
        var title = new Span(check.roNumber().isEmpty() ? "—" : check.roNumber()
                + (check.ownerName().isEmpty() ? "" : " · " + check.ownerName()));
        title.addClassName("import-row-title");
        var status = new Span(getTranslation(check.status().messageKey()));
        status.addClassNames("import-status", "import-status-" + check.status().name().toLowerCase(Locale.ROOT));
        var details = new Div(title, status);
        var locale = UI.getCurrent().getLocale();
        for (var problem : check.problems()) {
            var line = new Div(imports.describe(problem, locale));
            line.addClassName("import-problem");
            details.add(line);
        }
        if (check.status() != Status.REJECTED) {
            for (var warning : check.warnings()) {
                var line = new Div(imports.describe(warning, locale));
                line.addClassName("import-warning");
                details.add(line);
            }
        }
        details.addClassName("import-row");
        return details;
    }

    private void runImport() {
        var current = table;
        if (current == null || result != null) {
            return; // already imported: a second click (or a stale tab) changes nothing
        }
        result = imports.importRows(store.getValue().id(), current, mapping());
        showResult();
        show(4);
    }

    private void showResult() {
        var done = result;
        var current = table;
        resultStep.removeAll();
        if (done == null || current == null) {
            return;
        }
        var summary = new Paragraph(getTranslation("import.result.counts", done.imported(), done.alreadyThere(),
                done.rejected()));
        summary.setId("import-result");
        summary.addClassName("import-counts");
        resultStep.add(new H3(getTranslation("import.result.title")), summary);
        if (done.imported() > 0) {
            resultStep.add(new Paragraph(getTranslation("import.result.invitations")));
        }
        if (done.rejected() > 0) {
            var download = rowsToFix(current, done.rejectedRows(), "import-rejected-file",
                    getTranslation("import.result.download", done.rejected()));
            download.addClassName("import-download");
            resultStep.add(new Paragraph(getTranslation("import.result.fix")), download);
        }
        var again = new Button(getTranslation("import.result.again"), click -> startOver());
        again.setId("import-again");
        resultStep.add(actions(again));
    }

    private void startOver() {
        bytes = null;
        table = null;
        preview = null;
        result = null;
        fileSummary.setText("");
        encoding.setVisible(false);
        importButton.setEnabled(true);
        uploadBox.removeAll();
        uploadBox.add(newUpload());
        show(1);
    }

    private void show(int step) {
        uploadStep.setVisible(step <= 2);
        mappingStep.setVisible(step == 2);
        previewStep.setVisible(step == 3);
        resultStep.setVisible(step == 4);
        steps.removeAll();
        steps.addClassName("import-steps");
        var names = List.of("import.step.upload", "import.step.map", "import.step.preview", "import.step.result");
        for (int i = 0; i < names.size(); i++) {
            var label = new Span((i + 1) + " " + getTranslation(names.get(i)));
            label.addClassName(i + 1 == step ? "import-step-current" : "import-step-other");
            steps.add(label);
        }
    }

    private static FlexLayout actions(Component... buttons) {
        var actions = new FlexLayout(buttons);
        actions.addClassName("import-actions");
        return actions;
    }

    private static String baseName(String fileName) {
        var dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.name");
    }
}
