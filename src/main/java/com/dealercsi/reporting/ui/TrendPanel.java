package com.dealercsi.reporting.ui;

import com.dealercsi.reporting.Dashboard;
import com.dealercsi.reporting.Granularity;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/** CSI week by week (or month by month), so a manager sees whether a bad figure is a dip or a slide. */
class TrendPanel extends DashboardSection {

    TrendPanel(Dashboard dashboard) {
        super("dashboard.trend");
        var points = dashboard.trend();
        if (points.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.trend.empty")));
            return;
        }
        var labels = new ArrayList<String>();
        var values = new ArrayList<@Nullable Double>();
        var format =
                DateTimeFormatter.ofPattern(dashboard.filter().granularity() == Granularity.WEEK ? "M/d" : "yyyy-MM");
        double lowest = 1000;
        for (var point : points) {
            labels.add(format.format(point.start()));
            values.add(point.csi());
            if (point.csi() != null) {
                lowest = Math.min(lowest, point.csi());
            }
        }
        // the scale starts at the hundred at least 50 points below the lowest point, so the line is not pressed flat
        double min = Math.max(0, Math.floor((lowest - 50) / 100) * 100);
        add(chart(SvgCharts.line(getTranslation("dashboard.trend"), labels, values, min, 1000)));
    }
}
