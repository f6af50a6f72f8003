package com.dealercsi.alerting.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;

/**
 * A text area for a list such as keywords or addresses: one entry per line, though commas and semicolons (also
 * Chinese ones) separate too, since people paste lists either way.
 */
class ListArea extends TextArea {

    ListArea(String label, String id) {
        setLabel(label);
        setHelperText(getTranslation("alerting.settings.onePerLine"));
        setId(id);
    }

    void show(List<String> entries) {
        setValue(String.join("\n", entries));
    }

    List<String> entries() {
        return Arrays.stream(getValue().split("[\\n,，;；]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
