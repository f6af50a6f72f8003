package com.dealercsi.reporting.ui;

import com.dealercsi.reporting.DashboardFilter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.Locale;

/** Makes the dashboard's download links, each reading the filters when clicked so a file never lags the page. */
final class ExportLinks {

    enum Format {
        CSV("csv", "text/csv;charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    interface Exporter {
        void export(DashboardFilter filter, Locale locale, OutputStream out);
    }

    private final DashboardFilters filters;

    ExportLinks(DashboardFilters filters) {
        this.filters = filters;
    }

    /** A link named by {@code textKey}, downloading {@code <fileKey>-<from>-<to>.<extension>}. */
    Anchor link(String className, String textKey, String fileKey, Format format, Exporter exporter) {
        var locale = UI.getCurrent().getLocale();
        var anchor = new Anchor(
                (DownloadHandler) event -> {
                    var chosen = filters.filter();
                    if (chosen == null) {
                        event.getResponse().setStatus(400);
                        return;
                    }
                    event.setFileName(filters.getTranslation(fileKey) + "-" + chosen.from() + "-" + chosen.to() + "."
                            + format.extension);
                    event.setContentType(format.contentType);
                    exporter.export(chosen, locale, event.getOutputStream());
                },
                AttachmentType.DOWNLOAD,
                "");
        anchor.addClassName("export-link");
        anchor.setText(filters.getTranslation(textKey));
        anchor.addClassName(className);
        return anchor;
    }
}
