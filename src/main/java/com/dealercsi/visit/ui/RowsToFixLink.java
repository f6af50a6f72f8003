package com.dealercsi.visit.ui;

import com.dealercsi.visit.VisitImports;
import com.dealercsi.visit.fileimport.ImportTable;
import com.dealercsi.visit.fileimport.RowCheck;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;

/** The download of the rows that cannot be imported, named after the user's file, offered by preview and result. */
final class RowsToFixLink {

    private RowsToFixLink() {}

    static Anchor of(VisitImports imports, ImportTable table, List<RowCheck> rows, String id, String text) {
        var locale = UI.getCurrent().getLocale();
        var name =
                baseName(table.fileName()) + "-" + I18NProvider.translate(locale, "import.result.fileSuffix") + ".csv";
        var download = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(name);
                    event.setContentType("text/csv; charset=UTF-8");
                    event.getOutputStream().write(imports.rejectedRowsFile(table, rows, locale));
                },
                AttachmentType.DOWNLOAD,
                text);
        download.setId(id);
        return download;
    }

    private static String baseName(String fileName) {
        var dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
