package com.dealercsi.shared.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which modules of the production bundle Vaadin's client fetches on every start, found by reading the bundle's
 * import graph from the modules {@code index.html} already preloads. The client discovers them one after the
 * other (entry → FlowBootstrap → the component imports → FlowClient → ApplicationConnection), each a round
 * trip on a phone network; named up front, they all load at once. Lazy chunks of single views and anything a
 * component imports only on demand stay out: only static imports and Vaadin's own start-up modules are followed.
 */
final class StartupModules {

    /** Vaadin's client start-up modules, imported dynamically but always needed before the first view shows. */
    private static final List<String> STARTUP_PREFIXES =
            List.of("FlowBootstrap-", "FlowClient-", "ApplicationConnection-", "generated-flow-imports-");

    private static final Pattern STATIC_IMPORT = Pattern.compile("(?:from|import)\\s*[\"']\\./([\\w.-]+\\.js)[\"']");
    private static final Pattern ANY_REFERENCE = Pattern.compile("[\"'`]\\./([\\w.-]+\\.js)[\"'`]");

    private StartupModules() {}

    /**
     * @param preloaded the bundle files {@code index.html} already names
     * @param source    a bundle file's text by its name, empty when there is no such file
     * @return the further files to preload, in discovery order, without those already named
     */
    static List<String> of(List<String> preloaded, Function<String, Optional<String>> source) {
        var found = new LinkedHashSet<String>();
        var pending = new java.util.ArrayDeque<>(preloaded);
        var visited = new java.util.HashSet<String>();
        while (!pending.isEmpty()) {
            var name = pending.poll();
            if (!visited.add(name)) {
                continue;
            }
            source.apply(name).ifPresent(code -> {
                for (var next : imports(code)) {
                    if (!visited.contains(next)) {
                        found.add(next);
                        pending.add(next);
                    }
                }
            });
        }
        found.removeAll(preloaded);
        return List.copyOf(found);
    }

    private static Set<String> imports(String code) {
        var names = new LinkedHashSet<String>();
        STATIC_IMPORT.matcher(code).results().map(match -> match.group(1)).forEach(names::add);
        ANY_REFERENCE
                .matcher(code)
                .results()
                .map(match -> match.group(1))
                .filter(name -> STARTUP_PREFIXES.stream().anyMatch(name::startsWith))
                .forEach(names::add);
        return names;
    }
}
