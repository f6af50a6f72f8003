package com.dealercsi.visit.fileimport;

import java.util.List;
import java.util.Locale;

/**
 * A visit field a column of a DMS export can fill, with the header names DMS exports commonly use for it
 * (Chinese and English). {@code visitField} is the field's name in {@code NewVisit} and in rule problems.
 */
public enum ImportField {
    RO_NUMBER(
            "roNumber",
            true,
            List.of(
                    "工单号",
                    "委托书号",
                    "维修工单号",
                    "工单编号",
                    "委托书编号",
                    "委托单号",
                    "结算单号",
                    "ro",
                    "rono",
                    "ronumber",
                    "repairorder",
                    "repairorderno",
                    "repairordernumber",
                    "orderno",
                    "ordernumber")),
    OWNER_NAME(
            "ownerName",
            true,
            List.of(
                    "车主姓名",
                    "客户名称",
                    "客户姓名",
                    "车主",
                    "客户",
                    "送修人",
                    "姓名",
                    "owner",
                    "ownername",
                    "customer",
                    "customername",
                    "name")),
    EMAIL("email", false, List.of("邮箱", "电子邮箱", "电子邮件", "邮件", "email", "e-mail", "mail", "emailaddress")),
    PHONE(
            "phone",
            false,
            List.of(
                    "手机",
                    "手机号",
                    "手机号码",
                    "联系电话",
                    "电话",
                    "联系方式",
                    "客户电话",
                    "车主电话",
                    "phone",
                    "mobile",
                    "mobilephone",
                    "cellphone",
                    "tel",
                    "telephone",
                    "phonenumber")),
    PLATE(
            "plate",
            true,
            List.of(
                    "车牌号",
                    "车牌",
                    "车牌号码",
                    "牌照号",
                    "plate",
                    "plateno",
                    "platenumber",
                    "licenseplate",
                    "licence",
                    "license",
                    "registration")),
    VIN("vin", false, List.of("vin", "vin码", "车架号", "底盘号", "车辆识别代号", "车辆识别码", "vinno", "chassisno")),
    MODEL("model", true, List.of("车型", "车型名称", "车系", "车辆型号", "model", "carmodel", "vehiclemodel", "vehicle")),
    SERVICE_TYPE(
            "serviceType",
            false,
            List.of("服务类型", "维修类型", "业务类型", "维修类别", "工单类型", "servicetype", "type", "jobtype", "ordertype", "service")),
    ADVISOR(
            "advisor",
            true,
            List.of("服务顾问", "接待顾问", "顾问", "接车员", "服务顾问工号", "sa", "advisor", "serviceadvisor", "advisorcode")),
    DELIVERED_AT(
            "deliveredAt",
            true,
            List.of(
                    "交车时间",
                    "结算日期",
                    "结算时间",
                    "交车日期",
                    "出厂时间",
                    "出厂日期",
                    "完工时间",
                    "deliveredat",
                    "deliverytime",
                    "deliverydate",
                    "delivered",
                    "pickuptime",
                    "closedat",
                    "invoicedate")),
    LANGUAGE("language", false, List.of("语言", "客户语言", "language", "lang", "preferredlanguage"));

    private final String visitField;
    private final boolean needsColumn;
    private final List<String> synonyms;

    ImportField(String visitField, boolean needsColumn, List<String> synonyms) {
        this.visitField = visitField;
        this.needsColumn = needsColumn;
        this.synonyms = synonyms.stream().map(ImportField::comparable).toList();
    }

    public String visitField() {
        return visitField;
    }

    /**
     * Whether the file must have a column for it; the others have a default (service type, language) or none.
     * E-mail and mobile are each optional, but a file needs at least one of them ({@link ColumnMapping#missing}).
     */
    public boolean needsColumn() {
        return needsColumn;
    }

    /** Whether rows take a value of the mapping when the file has no column for it (service type, language). */
    public boolean hasDefault() {
        return this == SERVICE_TYPE || this == LANGUAGE;
    }

    List<String> synonyms() {
        return synonyms;
    }

    public String messageKey() {
        return "import.field." + visitField;
    }

    /** A header as people mean it: no case, spaces, underscores, dots, brackets or colons. */
    static String comparable(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_.:：()（）\\[\\]【】/-]", "");
    }
}
