package com.dealercsi;

import com.dealercsi.survey.ui.SurveyView;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.theme.aura.Aura;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Aura.STYLESHEET)
// what every page needs and the owner's pages; the back office's stylesheets come with its frame and pages
// (MainLayout, LoginView, PickupSheetView), so an owner's phone downloads none of them (issue 12)
@StyleSheet("styles.css")
@Meta(name = "referrer", content = "no-referrer")
// the owner's survey is in the first bundle: no extra round trip for its components after the first response
@LoadDependenciesOnStartup(SurveyView.class)
public class DealerCsiApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(DealerCsiApplication.class, args);
    }
}
