package com.dealercsi.visit.ui;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.ui.MainLayout;
import com.dealercsi.visit.VisitImports;
import com.dealercsi.visit.fileimport.ImportResult;
import com.dealercsi.visit.fileimport.ImportTable;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Visits from a DMS export: upload a CSV or Excel file, match its columns to the visit's fields (remembered per
 * store), see every row's problems, import the good rows, download the others to fix. The rules are the API's;
 * this view leads from step to step and keeps the file between them.
 */
@Route(value = "visits/import", layout = MainLayout.class)
@Menu(title = "import.nav", order = 3)
@RolesAllowed({"ADMIN", "STORE_MANAGER", "CUSTOMER_SERVICE_MANAGER", "CUSTOMER_SERVICE"})
@StyleSheet("import.css")
public class VisitImportView extends Main implements HasDynamicTitle {

    private final VisitImports imports;
    private final ImportStepBar steps = new ImportStepBar();
    private final ImportUploadStep upload;
    private final ImportMappingStep mapping;
    private final ImportPreviewStep preview;
    private final ImportDoneStep done;
    private @Nullable ImportTable table;
    private @Nullable ImportResult result;

    public VisitImportView(VisitImports imports, Stores stores) {
        this.imports = imports;
        addClassNames("page", "visit-import");
        var visible = CurrentStaff.visibleStoreIds(stores);
        var myStores =
                stores.all().stream().filter(s -> visible.contains(s.id())).toList();
        upload = new ImportUploadStep(myStores, this::storeChanged, this::fileRead, this::fileUnreadable);
        mapping = new ImportMappingStep(imports, this::check);
        preview = new ImportPreviewStep(imports, this::runImport, () -> show(2));
        done = new ImportDoneStep(imports, this::startOver);
        add(new H2(getTranslation("import.title")), steps, upload, mapping, preview, done);
        show(1);
    }

    private void storeChanged(StoreRef store) {
        if (table != null) {
            mapping.show(store.id(), table);
        }
    }

    private void fileRead(ImportTable read) {
        table = read;
        result = null;
        mapping.show(store().id(), read);
        show(2);
    }

    private void fileUnreadable() {
        table = null;
        show(1);
    }

    private void check() {
        var current = table;
        if (current == null) {
            return;
        }
        mapping.checked().ifPresent(checked -> {
            preview.show(current, imports.preview(store().id(), current, checked));
            show(3);
        });
    }

    private void runImport() {
        var current = table;
        if (current == null || result != null) {
            return; // already imported: a second click (or a stale tab) changes nothing
        }
        var imported = imports.importRows(store().id(), current, mapping.mapping());
        result = imported;
        done.show(current, imported);
        show(4);
    }

    private void startOver() {
        table = null;
        result = null;
        upload.reset();
        preview.reset();
        show(1);
    }

    private StoreRef store() {
        var chosen = upload.store();
        if (chosen == null) {
            throw new IllegalStateException("no store chosen"); // the upload step reads no file without one
        }
        return chosen;
    }

    private void show(int step) {
        upload.showForm(step <= 2);
        mapping.setVisible(step == 2);
        preview.setVisible(step == 3);
        done.setVisible(step == 4);
        steps.show(step);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.name");
    }
}
