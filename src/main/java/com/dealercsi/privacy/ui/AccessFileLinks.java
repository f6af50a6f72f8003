package com.dealercsi.privacy.ui;

import com.dealercsi.privacy.AccessFiles;
import com.dealercsi.shared.privacy.OwnerQuery;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * The owner's copy of their data as two downloads. Each download runs the search again in the service, so the
 * file holds what is stored when it is made, and only from the user's stores.
 */
class AccessFileLinks extends Div {

    AccessFileLinks(AccessFiles files, OwnerQuery query) {
        addClassName("owner-files");
        var intro = new Paragraph(getTranslation("privacy.download.intro"));
        intro.addClassName("note");
        var links = new Div(
                link(files, query, AccessFiles.Format.HTML, "privacy.download.html", "owner-file-html"),
                link(files, query, AccessFiles.Format.JSON, "privacy.download.json", "owner-file-json"));
        links.addClassName("owner-file-links");
        add(intro, links);
    }

    private Anchor link(AccessFiles files, OwnerQuery query, AccessFiles.Format format, String label, String id) {
        var anchor = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(format.fileName(files.today()));
                    event.setContentType(format.contentType());
                    files.write(query, format, event.getOutputStream());
                },
                AttachmentType.DOWNLOAD,
                getTranslation(label));
        anchor.setId(id);
        anchor.addClassName("export-link");
        return anchor;
    }
}
