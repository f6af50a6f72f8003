package com.dealercsi.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Names Vaadin's start-up modules in every page's {@code <head>} as {@code modulepreload}s (see
 * {@link StartupModules}), and puts every fetch before the page's inline scripts. On the owner's phone this
 * turns five sequential round trips into one; measured with {@code SurveyPageBenchmark} (ADR 0041, ADR 0054).
 * Production bundle only: development mode serves another bundle.
 */
@Component
class StartupModulePreloads implements VaadinServiceInitListener {

    private static final String WEBAPP = "META-INF/VAADIN/webapp/";

    private volatile @org.jspecify.annotations.Nullable List<String> modules;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!event.getSource().getDeploymentConfiguration().isProductionMode()) {
            return;
        }
        var classLoader = event.getSource().getClassLoader();
        event.addIndexHtmlRequestListener(response -> {
            var head = response.getDocument().head();
            var bundleFiles = head.select(
                    "script[type=module][src^=VAADIN/build/], link[rel=modulepreload][href^=VAADIN/build/]");
            var names = modules;
            if (names == null) {
                var named = bundleFiles.stream()
                        .map(StartupModulePreloads::fileName)
                        .toList();
                names = StartupModules.of(named, name -> read(classLoader, name));
                modules = names;
            }
            for (var name : names) {
                head.appendElement("link")
                        .attr("rel", "modulepreload")
                        .attr("crossorigin", "")
                        .attr("href", "VAADIN/build/" + name);
            }
            fetchesFirst(head);
        });
    }

    /**
     * Moves the base address, the stylesheets and the modules to the top of the head, in their order. Vaadin puts
     * them after the inline script that carries the first UIDL (some 50 KB on the survey's first page); a phone
     * with a slow CPU parsed that script for most of a second before it found what to fetch (issue 12).
     * Modules run after the document is parsed whatever their place, so the inline scripts still run first.
     */
    private static void fetchesFirst(Element head) {
        var fetches = head.select("base, link[rel=stylesheet], script[type=module][src], link[rel=modulepreload]");
        for (int i = fetches.size() - 1; i >= 0; i--) {
            head.prependChild(fetches.get(i));
        }
    }

    private static String fileName(Element element) {
        var address = element.hasAttr("src") ? element.attr("src") : element.attr("href");
        return address.substring(address.lastIndexOf('/') + 1);
    }

    private static Optional<String> read(ClassLoader classLoader, String name) {
        try (var in = classLoader.getResourceAsStream(WEBAPP + "VAADIN/build/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
