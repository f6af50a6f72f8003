package com.dealercsi.visit.ui;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.visit.fileimport.ImportFileUnreadable;
import com.dealercsi.visit.fileimport.ImportFiles;
import com.dealercsi.visit.fileimport.ImportTable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The import's first step: the store, the file, and its encoding when a CSV was guessed wrong. The summary of the
 * file read stays in sight while its columns are matched, the form does not.
 */
class ImportUploadStep extends Div {

    /** Far more than a month of a large store's repair orders, small enough to hold in memory. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Select<StoreRef> store = new Select<>();
    private final Select<Charset> encoding = new Select<>();
    private final Span fileSummary = new Span();
    private final Span fileError = new Span();
    private final Div form = new Div();
    private final Div uploadBox = new Div();
    private final Consumer<ImportTable> onRead;
    private final Runnable onUnreadable;
    private byte @Nullable [] bytes;
    private String fileName = "";

    ImportUploadStep(
            List<StoreRef> stores,
            Consumer<StoreRef> onStoreChange,
            Consumer<ImportTable> onRead,
            Runnable onUnreadable) {
        this.onRead = onRead;
        this.onUnreadable = onUnreadable;
        store.setLabel(getTranslation("import.store"));
        store.setItems(stores);
        store.setItemLabelGenerator(StoreRef::name);
        store.setId("import-store");
        if (!stores.isEmpty()) {
            store.setValue(stores.getFirst());
        }
        store.addValueChangeListener(change -> onStoreChange.accept(change.getValue()));
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
        var fields = new FormLayout(store, encoding);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.add(new Paragraph(getTranslation("import.upload.intro")), fields, uploadBox, fileError);
        form.addClassName("import-step");
        add(form, fileSummary);
    }

    @Nullable
    StoreRef store() {
        return store.getValue();
    }

    void showForm(boolean visible) {
        form.setVisible(visible);
    }

    /** Forgets the file, with a fresh upload so a new file can be chosen whatever the browser kept. */
    void reset() {
        bytes = null;
        fileSummary.setText("");
        encoding.setVisible(false);
        uploadBox.removeAll();
        uploadBox.add(newUpload());
    }

    private Upload newUpload() {
        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            bytes = data;
            fileName = metadata.fileName();
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_BYTES);
        upload.setAcceptedFileTypes(
                ".csv",
                ".txt",
                ".xlsx",
                ".xls",
                "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.ms-excel");
        upload.setUploadButton(new Button(getTranslation("import.upload.button")));
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        upload.addFileRejectedListener(e -> fileError.setText(getTranslation("import.file.tooLarge")));
        upload.addAllFinishedListener(e -> {
            upload.clearFileList();
            read(null);
        });
        return upload;
    }

    /** @param chosen the user's encoding, or {@code null} to detect it */
    private void read(@Nullable Charset chosen) {
        fileError.setText("");
        var data = bytes;
        if (data == null || store.getValue() == null) {
            fileError.setText(getTranslation(store.getValue() == null ? "import.store.required" : "import.file.none"));
            return;
        }
        try {
            var read = ImportFiles.read(fileName, data, chosen);
            encoding.setVisible(read.encoding() != null);
            if (read.encoding() != null) {
                encoding.setValue(
                        ImportFiles.ENCODINGS.contains(read.encoding()) ? read.encoding() : ImportFiles.GB18030);
            }
            fileSummary.setText(getTranslation(
                    "import.file.summary",
                    read.fileName(),
                    read.rows().size(),
                    read.headers().size()));
            onRead.accept(read);
        } catch (ImportFileUnreadable unreadable) {
            fileSummary.setText("");
            fileError.setText(getTranslation(unreadable.messageKey(), ImportFiles.MAX_ROWS));
            onUnreadable.run();
        }
    }
}
