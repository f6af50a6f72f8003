package com.dealercsi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text exists in English and in Chinese, and none is empty. */
class MessageBundlesTest {

    /** The bundles named in {@code spring.messages.basename}. */
    static List<String> bundles() throws Exception {
        var settings = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        return Arrays.stream(settings.getProperty("spring.messages.basename").split(","))
                .map(String::trim)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void english_and_chinese_bundles_have_the_same_keys(String bundle) throws Exception {
        var english = load("/" + bundle + ".properties");
        var chinese = load("/" + bundle + "_zh_CN.properties");

        assertThat(chinese.stringPropertyNames())
                .as("keys missing in Chinese in " + bundle)
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames())
                .as("keys missing in English in " + bundle)
                .containsAll(chinese.stringPropertyNames());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void no_message_is_empty(String bundle) throws Exception {
        for (var name : List.of("/" + bundle + ".properties", "/" + bundle + "_zh_CN.properties")) {
            var messages = load(name);
            assertThat(messages.stringPropertyNames())
                    .as(name)
                    .allSatisfy(
                            key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Properties load(String name) throws Exception {
        var properties = new Properties();
        var stream = MessageBundlesTest.class.getResourceAsStream(name);
        assertThat(stream).as(name + " exists").isNotNull();
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
