package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.CauseReport;
import com.dealercsi.recovery.CauseReportFilter;
import com.dealercsi.shared.SpreadsheetText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The report as one CSV: a row per cause, then per month, store and advisor and cause. Every text cell is guarded
 * against spreadsheet formulas and quoted; a byte-order mark lets Excel and WPS read the Chinese.
 */
final class CauseReportCsv {

    private CauseReportCsv() {}

    static Anchor link(CauseReport report, CauseReportFilter filter) {
        var locale = UI.getCurrent().getLocale();
        var name = I18NProvider.translate(locale, "causes.report.csv.file") + "-" + filter.from() + "-" + filter.to()
                + ".csv";
        var download = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(name);
                    event.setContentType("text/csv; charset=UTF-8");
                    event.getOutputStream().write(csv(report, locale).getBytes(StandardCharsets.UTF_8));
                },
                AttachmentType.DOWNLOAD,
                I18NProvider.translate(locale, "causes.report.csv"));
        download.setId("cause-report-csv");
        download.addClassName("cause-report-csv");
        return download;
    }

    static String csv(CauseReport report, Locale locale) {
        var out = new StringBuilder("\uFEFF");
        row(
                out,
                t(locale, "causes.report.csv.dimension"),
                t(locale, "causes.report.csv.group"),
                t(locale, "causes.report.csv.code"),
                t(locale, "causes.report.csv.cause"),
                t(locale, "causes.report.csv.factor"),
                t(locale, "causes.report.cases"),
                t(locale, "causes.report.lostPoints"),
                t(locale, "causes.report.share"));
        for (var line : report.causes()) {
            row(
                    out,
                    t(locale, "causes.report.byCause"),
                    "",
                    line.cause().code(),
                    line.cause().name(locale),
                    t(locale, line.cause().factor().messageKey()),
                    String.valueOf(line.cases()),
                    String.format(Locale.ROOT, "%.1f", line.lostPoints()),
                    line.share() == null ? "" : String.format(Locale.ROOT, "%.4f", line.share()));
        }
        groups(out, locale, "causes.report.byMonth", report.byMonth());
        groups(out, locale, "causes.report.byStore", report.byStore());
        groups(out, locale, "causes.report.byAdvisor", report.byAdvisor());
        return out.toString();
    }

    private static void groups(StringBuilder out, Locale locale, String key, List<CauseReport.GroupCount> rows) {
        for (var row : rows) {
            row(
                    out,
                    t(locale, key),
                    row.group(),
                    row.cause().code(),
                    row.cause().name(locale),
                    t(locale, row.cause().factor().messageKey()),
                    String.valueOf(row.cases()),
                    "",
                    "");
        }
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            var guarded = Objects.requireNonNullElse(SpreadsheetText.guarded(cells[i]), "");
            out.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(guarded.replace("\"", "\"\""))
                    .append('"');
        }
        out.append("\r\n");
    }

    private static String t(Locale locale, String key) {
        return I18NProvider.translate(locale, key);
    }
}
