package com.dealercsi.reporting.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;

/** The frame every dashboard panel shares: a titled section, with charts boxed alike. */
abstract class DashboardSection extends Section {

    DashboardSection(String titleKey) {
        add(new H3(getTranslation(titleKey)));
        addClassName("dashboard-section");
    }

    static Svg chart(String svg) {
        var chart = new Svg(svg);
        chart.addClassName("chart-box");
        return chart;
    }
}
