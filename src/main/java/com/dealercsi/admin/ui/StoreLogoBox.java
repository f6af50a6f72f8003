package com.dealercsi.admin.ui;

import com.dealercsi.admin.AdministrationRejected;
import com.dealercsi.admin.StoreLogos;
import com.dealercsi.admin.StoreRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The chosen store's logo: PNG or JPEG up to 200 KB, shown on the dashboard (and meant for survey pages and mails). */
class StoreLogoBox extends Div {

    private final StoreLogos logos;
    private final Image preview = new Image();
    private final Paragraph error = new Paragraph();
    private final Button remove = new Button();
    private @Nullable StoreRef store;
    /** What the last upload came to; written by the upload request, shown when the upload has finished. */
    private volatile @Nullable String outcome;

    StoreLogoBox(StoreLogos logos) {
        this.logos = logos;
        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            var chosen = store;
            if (chosen == null) {
                return;
            }
            try {
                logos.upload(chosen.id(), data);
                outcome = null;
            } catch (AdministrationRejected rejected) {
                outcome = rejected.messageKey();
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(StoreLogos.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setId("store-logo-upload");
        upload.addFileRejectedListener(e -> error.setText(getTranslation("admin.store.logo.tooLarge")));
        upload.addAllFinishedListener(e -> {
            var finished = outcome;
            error.setText(finished == null ? "" : getTranslation(finished));
            upload.clearFileList();
            refresh();
        });
        preview.addClassName("store-logo-preview");
        preview.setAlt(getTranslation("admin.store.logo"));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        remove.setText(getTranslation("admin.store.logo.remove"));
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.addClickListener(e -> {
            if (store != null) {
                logos.remove(store.id());
                error.setText("");
                refresh();
            }
        });
        var label = new Span(getTranslation("admin.store.logo"));
        var hint = new Span(getTranslation("admin.store.logo.hint"));
        hint.addClassName("store-logo-hint");
        add(label, preview, upload, hint, remove, error);
        addClassName("store-logo");
    }

    /** A new store has no logo yet: the box shows once the store exists. */
    void show(@Nullable StoreRef chosen) {
        store = chosen;
        error.setText("");
        refresh();
    }

    /** Leaves the error alone: it says why the upload just refreshed here was refused. */
    private void refresh() {
        setVisible(store != null);
        var url = store == null ? Optional.<String>empty() : logos.url(store.id());
        preview.setVisible(url.isPresent());
        url.ifPresent(preview::setSrc);
        remove.setVisible(url.isPresent());
    }
}
