package com.dealercsi.visit.ui;

import com.dealercsi.visit.VisitImports;
import com.dealercsi.visit.fileimport.ImportResult;
import com.dealercsi.visit.fileimport.ImportTable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** The import's last step: what was stored, the rows left out as a file to fix, and a way to import another. */
class ImportDoneStep extends Div {

    private final VisitImports imports;
    private final Runnable onAgain;

    ImportDoneStep(VisitImports imports, Runnable onAgain) {
        this.imports = imports;
        this.onAgain = onAgain;
        addClassName("import-step");
    }

    void show(ImportTable table, ImportResult done) {
        removeAll();
        var summary = new Paragraph(
                getTranslation("import.result.counts", done.imported(), done.alreadyThere(), done.rejected()));
        summary.setId("import-result");
        summary.addClassName("import-counts");
        add(new H3(getTranslation("import.result.title")), summary);
        if (done.imported() > 0) {
            add(new Paragraph(getTranslation("import.result.invitations")));
        }
        if (done.rejected() > 0) {
            var download = RowsToFixLink.of(
                    imports,
                    table,
                    done.rejectedRows(),
                    "import-rejected-file",
                    getTranslation("import.result.download", done.rejected()));
            download.addClassName("import-download");
            add(new Paragraph(getTranslation("import.result.fix")), download);
        }
        var again = new Button(getTranslation("import.result.again"), click -> onAgain.run());
        again.setId("import-again");
        add(new ImportActions(again));
    }
}
