package com.dealercsi.visit.ui;

import com.dealercsi.visit.VisitImports;
import com.dealercsi.visit.fileimport.ImportPreview;
import com.dealercsi.visit.fileimport.ImportTable;
import com.dealercsi.visit.fileimport.RowCheck;
import com.dealercsi.visit.fileimport.RowCheck.Status;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The import's third step: what would happen to every row, its problems and warnings, the rows to fix as a
 * download, and the button that imports the good ones.
 */
class ImportPreviewStep extends Div {

    private final VisitImports imports;
    private final Checkbox onlyProblems = new Checkbox();
    private final Grid<RowCheck> rows = new Grid<>();
    private final Span counts = new Span();
    private final Button importButton = new Button();
    private final Div download = new Div();
    private @Nullable ImportTable table;
    private @Nullable ImportPreview preview;

    ImportPreviewStep(VisitImports imports, Runnable onImport, Runnable onBack) {
        this.imports = imports;
        addClassName("import-step");
        onlyProblems.setLabel(getTranslation("import.preview.onlyProblems"));
        onlyProblems.addValueChangeListener(change -> showRows());
        rows.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        rows.addColumn(check -> check.row().line())
                .setHeader(getTranslation("import.preview.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addComponentColumn(this::rowDetails)
                .setHeader(getTranslation("import.preview.row"))
                .setFlexGrow(1);
        rows.setId("import-rows");
        rows.addClassName("import-rows");
        counts.addClassName("import-counts");
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setId("import-run");
        // the browser disables the button at the first click, so a double click imports once
        importButton.setDisableOnClick(true);
        importButton.addClickListener(click -> onImport.run());
        var back = new Button(getTranslation("import.preview.back"), click -> onBack.run());
        download.addClassName("import-download");
        add(
                new H3(getTranslation("import.preview.title")),
                counts,
                onlyProblems,
                rows,
                download,
                new ImportActions(importButton, back));
    }

    void show(ImportTable file, ImportPreview checked) {
        table = file;
        preview = checked;
        onlyProblems.setValue(!checked.needingALook().isEmpty());
        showRows();
        importButton.setEnabled(checked.count(Status.READY) > 0);
        importButton.setText(getTranslation("import.preview.import", checked.count(Status.READY)));
    }

    /** Ready for another file: the import button the last import disabled works again. */
    void reset() {
        table = null;
        preview = null;
        importButton.setEnabled(true);
    }

    private void showRows() {
        var current = preview;
        if (current == null) {
            return;
        }
        var warned = current.readyWithWarnings();
        counts.setText(getTranslation(
                        "import.preview.counts",
                        current.count(Status.READY),
                        current.count(Status.ALREADY_THERE),
                        current.count(Status.REJECTED),
                        current.count(Status.DUPLICATE))
                + (warned == 0 ? "" : " — " + getTranslation("import.preview.warnings", warned)));
        rows.setItems(onlyProblems.getValue() ? current.needingALook() : current.rows());
        download.removeAll();
        // the rows to fix are there after every check, also when nothing at all can be imported
        if (current.count(Status.REJECTED) > 0 && table != null) {
            download.add(RowsToFixLink.of(
                    imports,
                    table,
                    current.rejected(),
                    "import-preview-rejected-file",
                    getTranslation("import.preview.fix", current.count(Status.REJECTED))));
        }
    }

    private Component rowDetails(RowCheck check) {
        var title = new Span(
                check.roNumber().isEmpty()
                        ? "—"
                        : check.roNumber() + (check.ownerName().isEmpty() ? "" : " · " + check.ownerName()));
        title.addClassName("import-row-title");
        var status = new Span(getTranslation(check.status().messageKey()));
        status.addClassNames(
                "import-status", "import-status-" + check.status().name().toLowerCase(Locale.ROOT));
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
}
