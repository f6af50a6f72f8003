package com.dealercsi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    void english_and_chinese_bundles_have_the_same_keys() throws Exception {
        var english = load("/messages.properties");
        var chinese = load("/messages_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).as("keys missing in Chinese")
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys missing in English")
                .containsAll(chinese.stringPropertyNames());
    }

    @Test
    void no_message_is_empty() throws Exception {
        for (var bundle : new String[] {"/messages.properties", "/messages_zh_CN.properties"}) {
            var messages = load(bundle);
            assertThat(messages.stringPropertyNames()).as(bundle)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Properties load(String name) throws Exception {
        var properties = new Properties();
        try (var reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
