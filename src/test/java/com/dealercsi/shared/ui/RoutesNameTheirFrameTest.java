package com.dealercsi.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The back office's frame is named by each of its routes rather than applied by {@code @Layout}: Vaadin puts an
 * automatic layout's components (app layout, side nav) into every page's first bundle, the owner's survey included
 * (issue 12, ADR 0054). A screen that forgets to name it would open without menu or sign-out.
 */
class RoutesNameTheirFrameTest {

    @Test
    void every_route_either_names_the_back_office_frame_or_stands_alone() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var withoutFrame = new ArrayList<String>();
        int routes = 0;
        for (var candidate : scanner.findCandidateComponents("com.dealercsi")) {
            var type = Class.forName(candidate.getBeanClassName());
            var route = type.getAnnotation(Route.class);
            routes++;
            boolean standsAlone = !route.autoLayout();
            if (!standsAlone && route.layout() != MainLayout.class) {
                withoutFrame.add(type.getName());
            }
        }
        assertThat(routes).as("routes found").isGreaterThan(20);
        assertThat(withoutFrame)
                .as("routes that neither name layout = MainLayout.class nor say autoLayout = false")
                .isEmpty();
    }

    @Test
    void no_layout_is_applied_to_every_route_automatically() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        assertThat(scanner.findCandidateComponents("com.dealercsi")).isEmpty();
    }
}
