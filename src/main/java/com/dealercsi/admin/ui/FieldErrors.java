package com.dealercsi.admin.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Says a refused value at the field it is about: the field turns invalid, its message is what screen readers read
 * out, and it takes the focus, while everything typed stays. A refusal about no field is said below the form.
 */
final class FieldErrors {

    private final Map<String, HasValidation> fieldsByMessage = new LinkedHashMap<>();
    private final Paragraph formError = new Paragraph();
    private final Function<String, String> translation;

    FieldErrors(Function<String, String> translation) {
        this.translation = translation;
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
    }

    FieldErrors on(HasValidation field, String... messageKeys) {
        for (var key : messageKeys) {
            fieldsByMessage.put(key, field);
        }
        return this;
    }

    /** Where refusals about no field appear. */
    Paragraph formError() {
        return formError;
    }

    void clear() {
        formError.setText("");
        fieldsByMessage.values().forEach(field -> field.setInvalid(false));
    }

    void show(String messageKey) {
        clear();
        var text = translation.apply(messageKey);
        @Nullable HasValidation field = fieldsByMessage.get(messageKey);
        if (field == null) {
            formError.setText(text);
            return;
        }
        field.setErrorMessage(text);
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
