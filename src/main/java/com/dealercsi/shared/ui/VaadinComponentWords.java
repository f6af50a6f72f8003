package com.dealercsi.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridI18n;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The words of the UI's language for Vaadin's own components that bring English words of their own. A Spring
 * bean behind {@link ComponentWords}, never named by a Vaadin listener, so the components it names stay in the
 * bundles of the views that use them (see {@link BuiltInTexts}).
 */
@Component
class VaadinComponentWords implements ComponentWords {

    @Override
    public void give(UI ui, Locale locale) {
        translate(ui, locale);
    }

    private static void translate(UI ui, Locale locale) {
        descendants(ui).forEach(component -> {
            switch (component) {
                case DatePicker picker when picker.getI18n() == null -> picker.setI18n(datePicker(ui, locale));
                case DateTimePicker picker -> {
                    if (picker.getDatePickerI18n() == null) {
                        picker.setDatePickerI18n(datePicker(ui, locale));
                    }
                    if (picker.getI18n() == null) {
                        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                                .setDateLabel(text(ui, "vaadin.dateTime.date"))
                                .setTimeLabel(text(ui, "vaadin.dateTime.time"))
                                .setBadInputErrorMessage(text(ui, "vaadin.dateTime.badInput"))
                                .setIncompleteInputErrorMessage(text(ui, "vaadin.dateTime.incomplete")));
                    }
                }
                case Grid<?> grid
                when grid.getI18n() == null ->
                    grid.setI18n(new GridI18n()
                            .setSelectAll(text(ui, "vaadin.grid.selectAll"))
                            .setSelectAllUnavailable(text(ui, "vaadin.grid.selectAllUnavailable"))
                            .setSelectRow(text(ui, "vaadin.grid.selectRow"))
                            .setSorter(text(ui, "vaadin.grid.sorter")));
                case MultiSelectComboBox<?> box
                when box.getI18n() == null ->
                    box.setI18n(new MultiSelectComboBoxI18n()
                            .setCleared(text(ui, "vaadin.multiSelect.cleared"))
                            .setFocused(text(ui, "vaadin.multiSelect.focused"))
                            .setSelected(text(ui, "vaadin.multiSelect.selected"))
                            .setDeselected(text(ui, "vaadin.multiSelect.deselected"))
                            .setTotal(text(ui, "vaadin.multiSelect.total")));
                case Upload upload when upload.getI18n() == null -> upload.setI18n(upload(ui));
                // Flow's PasswordFieldI18n has no word for the eye button, so it goes to the web component directly
                case PasswordField field ->
                    field.getElement()
                            .executeJs(
                                    "this.i18n = Object.assign({}, this.i18n, {reveal: $0})",
                                    text(ui, "vaadin.password.reveal"));
                default -> {}
            }
        });
    }

    private static DatePicker.DatePickerI18n datePicker(UI ui, Locale locale) {
        // month and day names are the JDK's locale data; Vaadin's week starts on Sunday, China's on Monday
        var sundayFirst = Stream.concat(
                        Stream.of(DayOfWeek.SUNDAY),
                        Arrays.stream(DayOfWeek.values()).filter(day -> day != DayOfWeek.SUNDAY))
                .toList();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdays(names(sundayFirst, TextStyle.FULL, locale))
                .setWeekdaysShort(names(sundayFirst, TextStyle.SHORT, locale))
                .setFirstDayOfWeek(1)
                .setToday(text(ui, "vaadin.date.today"))
                .setCancel(text(ui, "vaadin.date.cancel"))
                .setDialogAccessibleName(text(ui, "vaadin.date.dialog"))
                .setBadInputErrorMessage(text(ui, "vaadin.date.badInput"));
    }

    private static List<String> names(List<DayOfWeek> days, TextStyle style, Locale locale) {
        return days.stream().map(day -> day.getDisplayName(style, locale)).toList();
    }

    private static UploadI18N upload(UI ui) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(text(ui, "vaadin.upload.drop.one"))
                        .setMany(text(ui, "vaadin.upload.drop.many")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(text(ui, "vaadin.upload.add.one"))
                        .setMany(text(ui, "vaadin.upload.add.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(text(ui, "vaadin.upload.error.tooMany"))
                        .setFileIsTooBig(text(ui, "vaadin.upload.error.tooBig"))
                        .setIncorrectFileType(text(ui, "vaadin.upload.error.type")))
                .setFile(new UploadI18N.File()
                        .setRetry(text(ui, "vaadin.upload.file.retry"))
                        .setStart(text(ui, "vaadin.upload.file.start"))
                        .setRemove(text(ui, "vaadin.upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(text(ui, "vaadin.upload.status.connecting"))
                                .setStalled(text(ui, "vaadin.upload.status.stalled"))
                                .setProcessing(text(ui, "vaadin.upload.status.processing"))
                                .setHeld(text(ui, "vaadin.upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(text(ui, "vaadin.upload.time.prefix"))
                                .setUnknown(text(ui, "vaadin.upload.time.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(text(ui, "vaadin.upload.failed.unavailable"))
                                .setUnexpectedServerError(text(ui, "vaadin.upload.failed.server"))
                                .setForbidden(text(ui, "vaadin.upload.failed.forbidden"))
                                .setFileTooLarge(text(ui, "vaadin.upload.failed.tooLarge"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }

    private static String text(UI ui, String key) {
        return ui.getTranslation(key);
    }

    private static Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(VaadinComponentWords::descendants));
    }
}
