package com.dealercsi.privacy.ui;

import com.dealercsi.shared.privacy.OwnerQuery;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The six things staff may know of an owner, and the search button; Enter in any field searches too. */
class OwnerQueryForm extends Div {

    private final TextField mobile = field("privacy.field.mobile", "owner-mobile");
    private final EmailField email = new EmailField();
    private final TextField plate = field("privacy.field.plate", "owner-plate");
    private final TextField vin = field("privacy.field.vin", "owner-vin");
    private final TextField name = field("privacy.field.ownerName", "owner-name");
    private final TextField roNumber = field("privacy.field.roNumber", "owner-ro");
    private final Paragraph problem = new Paragraph();

    OwnerQueryForm(Consumer<OwnerQuery> search) {
        addClassName("owner-query");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("privacy.form.label"));
        email.setLabel(getTranslation("privacy.field.email"));
        email.setId("owner-email");
        email.setClearButtonVisible(true);
        // a partly typed address is still a search term here, not a form error
        email.setPattern(null);
        var hint = new Paragraph(getTranslation("privacy.form.hint"));
        hint.addClassName("note");
        var fields = new Div(mobile, email, plate, vin, name, roNumber);
        fields.addClassName("owner-query-fields");
        var button = new Button(getTranslation("privacy.search"), click -> submit(search));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.addClickShortcut(Key.ENTER).listenOn(this);
        button.setId("owner-search");
        problem.addClassName("owner-query-problem");
        problem.setId("owner-query-problem");
        // read out as soon as it appears, and tied to the button so it is heard again from there
        problem.getElement().setAttribute("role", "alert");
        button.getElement().setAttribute("aria-describedby", "owner-query-problem");
        problem.setVisible(false);
        add(hint, fields, button, problem);
    }

    private void submit(Consumer<OwnerQuery> search) {
        var query = new OwnerQuery(value(mobile), value(email), value(plate), value(vin), value(name), value(roNumber));
        if (query.isEmpty()) {
            problem.setText(getTranslation("privacy.error.empty"));
            problem.setVisible(true);
            mobile.focus();
            return;
        }
        problem.setVisible(false);
        search.accept(query);
    }

    private static @Nullable String value(TextFieldBase<?, String> field) {
        var value = field.getValue();
        return value == null || value.isBlank() ? null : value.strip();
    }

    private TextField field(String label, String id) {
        var field = new TextField(getTranslation(label));
        field.setId(id);
        field.setClearButtonVisible(true);
        return field;
    }
}
