package com.dealercsi.reporting.ui;

import com.vaadin.flow.component.html.NativeTable;

/** A plain table of text for the dashboard's panels: printable, readable by screen readers, no grid needed. */
class ReportTable extends NativeTable {

    ReportTable(String... headerKeys) {
        addClassName("report-table");
        var row = getHead().addRow();
        for (var key : headerKeys) {
            row.addHeaderCell().setText(getTranslation(key));
        }
    }

    void row(String... values) {
        var row = getBody().addRow();
        for (var value : values) {
            row.addDataCell().setText(value);
        }
    }
}
