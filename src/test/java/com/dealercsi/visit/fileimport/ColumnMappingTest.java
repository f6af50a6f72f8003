package com.dealercsi.visit.fileimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Language;
import com.dealercsi.visit.ServiceType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void suggests_the_fields_from_chinese_dms_headers() {
        var headers = List.of("序号", "委托书号", "客户名称", "联系电话", "电子邮箱", "车牌号码", "车型", "VIN码", "维修类型", "服务顾问", "结算日期");

        var mapping = ColumnMapping.suggest(headers);

        assertThat(mapping.columns())
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry(ImportField.RO_NUMBER, "委托书号"), Map.entry(ImportField.OWNER_NAME, "客户名称"),
                        Map.entry(ImportField.PHONE, "联系电话"), Map.entry(ImportField.EMAIL, "电子邮箱"),
                        Map.entry(ImportField.PLATE, "车牌号码"), Map.entry(ImportField.MODEL, "车型"),
                        Map.entry(ImportField.VIN, "VIN码"), Map.entry(ImportField.SERVICE_TYPE, "维修类型"),
                        Map.entry(ImportField.ADVISOR, "服务顾问"), Map.entry(ImportField.DELIVERED_AT, "结算日期")));
        assertThat(mapping.missing()).isEmpty();
    }

    @Test
    void suggests_the_fields_from_english_headers_whatever_their_case_and_spacing() {
        var mapping = ColumnMapping.suggest(List.of(
                "RO No.",
                "Customer Name",
                "Mobile",
                "E-Mail",
                "Plate Number",
                "Vehicle Model",
                "Service Advisor",
                "Delivery Time",
                "Language"));

        assertThat(mapping.header(ImportField.RO_NUMBER)).hasValue("RO No.");
        assertThat(mapping.header(ImportField.OWNER_NAME)).hasValue("Customer Name");
        assertThat(mapping.header(ImportField.EMAIL)).hasValue("E-Mail");
        assertThat(mapping.header(ImportField.ADVISOR)).hasValue("Service Advisor");
        assertThat(mapping.header(ImportField.DELIVERED_AT)).hasValue("Delivery Time");
        assertThat(mapping.header(ImportField.LANGUAGE)).hasValue("Language");
        assertThat(mapping.missing()).isEmpty();
    }

    @Test
    void a_header_containing_a_name_goes_to_the_field_with_the_longest_match() {
        var mapping = ColumnMapping.suggest(List.of("工单号", "车主姓名", "服务顾问姓名"));

        assertThat(mapping.header(ImportField.OWNER_NAME)).hasValue("车主姓名");
        assertThat(mapping.header(ImportField.ADVISOR)).hasValue("服务顾问姓名");
    }

    @Test
    void unknown_headers_stay_unmapped_and_required_fields_are_listed_as_missing() {
        var mapping = ColumnMapping.suggest(List.of("foo", "bar"));

        assertThat(mapping.columns()).isEmpty();
        assertThat(mapping.missing())
                .containsExactly(
                        ImportField.RO_NUMBER,
                        ImportField.OWNER_NAME,
                        ImportField.PLATE,
                        ImportField.MODEL,
                        ImportField.ADVISOR,
                        ImportField.DELIVERED_AT,
                        ImportField.PHONE);
    }

    @Test
    void a_file_with_mobiles_only_or_e_mails_only_has_what_it_needs_to_reach_owners() {
        var mobilesOnly = ColumnMapping.suggest(List.of("工单号", "车主姓名", "手机", "车牌号", "车型", "服务顾问", "交车时间"));
        var mailsOnly = ColumnMapping.suggest(List.of("工单号", "车主姓名", "邮箱", "车牌号", "车型", "服务顾问", "交车时间"));

        assertThat(mobilesOnly.missing()).isEmpty();
        assertThat(mailsOnly.missing()).isEmpty();
    }

    @Test
    void a_remembered_mapping_keeps_the_columns_the_file_has_and_is_completed_by_guesses() {
        var remembered = new ColumnMapping(
                Map.of(ImportField.RO_NUMBER, "单号", ImportField.EMAIL, "旧邮箱列"), ServiceType.REPAIR, Language.EN);

        var mapping = remembered
                .restrictedTo(List.of("单号", "邮箱", "手机"))
                .completedBy(ColumnMapping.suggest(List.of("单号", "邮箱", "手机")));

        assertThat(mapping.columns())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(ImportField.RO_NUMBER, "单号", ImportField.EMAIL, "邮箱", ImportField.PHONE, "手机"));
        assertThat(mapping.defaultServiceType()).isEqualTo(ServiceType.REPAIR);
        assertThat(mapping.defaultLanguage()).isEqualTo(Language.EN);
    }

    @Test
    void service_types_and_languages_are_read_as_dms_spell_them() {
        assertThat(ImportValues.serviceType("保养")).hasValue(ServiceType.MAINTENANCE);
        assertThat(ImportValues.serviceType(" 钣喷 ")).hasValue(ServiceType.ACCIDENT_REPAIR);
        assertThat(ImportValues.serviceType("Warranty")).hasValue(ServiceType.WARRANTY);
        assertThat(ImportValues.serviceType("ACCIDENT_REPAIR")).hasValue(ServiceType.ACCIDENT_REPAIR);
        assertThat(ImportValues.serviceType("洗车")).isEmpty();
        assertThat(ImportValues.language("中文")).hasValue(Language.ZH_CN);
        assertThat(ImportValues.language("en-US")).hasValue(Language.EN);
        assertThat(ImportValues.language("fr")).isEmpty();
    }

    @Test
    void a_column_chosen_for_two_fields_is_named() {
        var mapping = new ColumnMapping(
                Map.of(ImportField.RO_NUMBER, "单号", ImportField.OWNER_NAME, "姓名", ImportField.PLATE, "姓名"),
                ServiceType.MAINTENANCE,
                Language.ZH_CN);

        assertThat(mapping.repeatedColumn()).hasValue("姓名");
        assertThat(mapping.with(ImportField.PLATE, "车牌").repeatedColumn()).isEmpty();
    }

    @Test
    void only_service_type_and_language_have_a_default_when_the_file_lacks_the_column() {
        assertThat(List.of(ImportField.values()))
                .filteredOn(ImportField::hasDefault)
                .containsExactly(ImportField.SERVICE_TYPE, ImportField.LANGUAGE);
        assertThat(List.of(ImportField.values()))
                .filteredOn(ImportField::hasDefault)
                .noneMatch(ImportField::needsColumn);
    }
}
