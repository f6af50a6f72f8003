package com.dealercsi.visit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The wizard's numbered steps above the form, so the user sees where in the import they are. */
class ImportStepBar extends Div {

    private static final List<String> NAMES =
            List.of("import.step.upload", "import.step.map", "import.step.preview", "import.step.result");

    ImportStepBar() {
        addClassName("import-steps");
    }

    /** @param step 1 to 4, the one shown as current */
    void show(int step) {
        removeAll();
        for (int i = 0; i < NAMES.size(); i++) {
            var label = new Span((i + 1) + " " + getTranslation(NAMES.get(i)));
            label.addClassName(i + 1 == step ? "import-step-current" : "import-step-other");
            add(label);
        }
    }
}
