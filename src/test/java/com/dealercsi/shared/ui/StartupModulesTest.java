package com.dealercsi.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupModulesTest {

    /** Shaped like the production bundle's modules: minified, hashed names, rolldown's preload map. */
    private static final Map<String, String> BUNDLE = Map.of(
            "indexhtml-A1.js", "import{t as e}from\"./generated-B2.js\";e();",
            "generated-B2.js",
                    "import{a}from\"./rolldown-runtime-C3.js\";const __vite__mapDeps=(i,m=__vite__mapDeps,"
                            + "d=(m.f||(m.f=[\"./FlowBootstrap-D4.js\",\"./rolldown-runtime-C3.js\"])))=>i.map(i=>d[i]);"
                            + "await ca(()=>import(`./FlowBootstrap-D4.js`));await ca(()=>import(`./FlowClient-E5.js`));"
                            + "await ca(()=>import(`./generated-flow-imports-F6.js`));",
            "FlowBootstrap-D4.js", "import{a}from\"./rolldown-runtime-C3.js\";",
            "FlowClient-E5.js", "import{x}from\"./generated-B2.js\";l=()=>import(`./ApplicationConnection-G7.js`);",
            "ApplicationConnection-G7.js", "import{y}from\"./FlowClient-E5.js\";",
            "generated-flow-imports-F6.js",
                    "import\"./checked-mixin-H8.js\";import{b}from\"./disable-I9.js\";"
                            + "r=()=>import(`./chunk-0123abcd-J1.js`);",
            "disable-I9.js", "m=()=>import(`./markdown-helpers-K2.js`);",
            "checked-mixin-H8.js", "",
            "rolldown-runtime-C3.js", "");

    @Test
    void names_vaadins_startup_modules_and_their_static_imports() {
        var modules = StartupModules.of(
                List.of("indexhtml-A1.js", "rolldown-runtime-C3.js", "generated-B2.js"),
                name -> Optional.ofNullable(BUNDLE.get(name)));

        assertThat(modules)
                .containsExactlyInAnyOrder(
                        "FlowBootstrap-D4.js",
                        "FlowClient-E5.js",
                        "generated-flow-imports-F6.js",
                        "ApplicationConnection-G7.js",
                        "checked-mixin-H8.js",
                        "disable-I9.js");
    }

    @Test
    void leaves_out_lazy_view_chunks_and_on_demand_imports() {
        var modules = StartupModules.of(List.of("indexhtml-A1.js"), name -> Optional.ofNullable(BUNDLE.get(name)));

        assertThat(modules)
                .doesNotContain("chunk-0123abcd-J1.js", "markdown-helpers-K2.js", "indexhtml-A1.js")
                .contains("generated-B2.js");
    }

    @Test
    void names_nothing_when_the_bundle_cannot_be_read() {
        assertThat(StartupModules.of(List.of("indexhtml-A1.js"), name -> Optional.empty()))
                .isEmpty();
    }
}
