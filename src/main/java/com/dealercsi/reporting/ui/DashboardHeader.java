package com.dealercsi.reporting.ui;

import com.dealercsi.admin.StoreLogos;
import com.dealercsi.reporting.Dashboard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import java.util.Optional;

/** The dashboard's title, with the store's logo when it shows one store, so a printout says whose it is. */
class DashboardHeader extends Div {

    private final StoreLogos logos;
    private final Image logo = new Image();
    private final H2 title = new H2();

    DashboardHeader(StoreLogos logos) {
        this.logos = logos;
        title.setText(getTranslation("dashboard.title"));
        logo.addClassName("dashboard-logo");
        logo.setVisible(false);
        addClassName("dashboard-header");
        add(logo, title);
    }

    void showTitle(String text) {
        title.setText(text);
    }

    void showLogo(Dashboard dashboard) {
        var url = dashboard.stores().size() == 1
                ? logos.url(dashboard.stores().getFirst().id())
                : Optional.<String>empty();
        logo.setVisible(url.isPresent());
        url.ifPresent(src -> {
            logo.setSrc(src);
            logo.setAlt(dashboard.stores().getFirst().name());
        });
    }
}
