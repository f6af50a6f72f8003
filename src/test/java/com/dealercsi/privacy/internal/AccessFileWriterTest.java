package com.dealercsi.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.privacy.OwnerFound;
import com.dealercsi.privacy.OwnerVisit;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.privacy.OwnerQuery;
import com.dealercsi.shared.privacy.PersonalRecord;
import com.dealercsi.shared.privacy.RecordFields;
import com.dealercsi.visit.ServiceType;
import com.dealercsi.visit.VisitSummary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

/** The access file as an owner and a machine read it: their language, their words, nothing that runs. */
class AccessFileWriterTest {

    private static final String HOSTILE = "</script><script>alert('x')</script> <b>太慢</b> & \"quoted\"";
    private static final Instant PRODUCED = Instant.parse("2026-12-03T08:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static ResourceBundleMessageSource bundles() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages-survey", "messages-recovery", "messages-privacy");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void the_page_escapes_what_an_owner_wrote_so_nothing_in_it_runs() {
        var html = html(found(Language.EN, HOSTILE));

        assertThat(html)
                .doesNotContain("</script><script>")
                .doesNotContain("<b>太慢</b>")
                .doesNotContainIgnoringCase("<script")
                .contains("&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("&lt;b&gt;太慢&lt;/b&gt; &amp; &quot;quoted&quot;");
    }

    @Test
    void the_page_is_in_the_owners_language_with_the_store_and_the_day_it_was_made() {
        var chinese = html(found(Language.ZH_CN, "很好"));
        var english = html(found(Language.EN, "fine"));

        assertThat(chinese)
                .contains("<html lang=\"zh-CN\">", "您的个人信息", "测试店", "评论", "很好", "生成时间：2026")
                .contains("服务类型", "保养")
                .doesNotContain("privacy.", "serviceType.");
        assertThat(english)
                .contains(
                        "<html lang=\"en\">", "Your personal data", "测试店", "Comment", "fine", "Produced on Dec 3, 2026")
                .contains("Maintenance", "Article 45")
                .doesNotContain("privacy.", "serviceType.");
    }

    @Test
    void times_read_in_the_stores_zone() {
        // 02:30 UTC is 10:30 in Shanghai
        assertThat(html(found(Language.EN, "ok"))).contains("10:30").doesNotContain("2026-11-27T02:30:00Z");
    }

    @Test
    void the_json_keeps_each_value_as_stored_beside_its_words() throws Exception {
        var out = new ByteArrayOutputStream();
        new AccessFileWriter(new RecordText(bundles(), Language.EN.locale()), PRODUCED)
                .json(found(Language.EN, HOSTILE), out);

        var json = JsonMapper.builder().build().readTree(out.toByteArray());
        assertThat(json.get("language").asString()).isEqualTo("en");
        assertThat(json.get("producedAt").asString()).isEqualTo("2026-12-03T08:00:00Z");
        assertThat(json.get("stores").get(0).asString()).isEqualTo("测试店");
        var records = json.get("visits").get(0).get("records");
        assertThat(records.get(0).get("kind").asString()).isEqualTo("visit");
        var comment = records.get(1).get("fields").get(0);
        assertThat(comment.get("field").asString()).isEqualTo("comment");
        assertThat(comment.get("label").asString()).isEqualTo("Comment");
        assertThat(comment.get("value").asString()).isEqualTo(HOSTILE);
        var service = records.get(0).get("fields").get(2);
        assertThat(service.get("value").asString()).isEqualTo("serviceType.label.MAINTENANCE");
        assertThat(service.get("text").asString()).isEqualTo("Maintenance");
    }

    private static String html(OwnerFound found) {
        var out = new ByteArrayOutputStream();
        new AccessFileWriter(new RecordText(bundles(), found.language().locale()), PRODUCED).html(found, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static OwnerFound found(Language language, String comment) {
        var visitId = UUID.randomUUID();
        var storeId = UUID.randomUUID();
        var delivered = Instant.parse("2026-11-27T02:30:00Z");
        var summary = new VisitSummary(
                visitId,
                storeId,
                "RO-1",
                "王先生",
                "wang@example.com",
                "+8613800138000",
                "沪A88888",
                null,
                "途观L",
                ServiceType.MAINTENANCE,
                "李顾问",
                delivered,
                language);
        var visit = new PersonalRecord(
                "privacy.record.visit",
                visitId,
                storeId,
                delivered,
                new RecordFields()
                        .text("privacy.field.ownerName", "王先生")
                        .time("privacy.field.deliveredAt", delivered)
                        .text("privacy.field.serviceType", ServiceType.MAINTENANCE.labelKey())
                        .toMap());
        var answer = new PersonalRecord(
                "privacy.record.answer",
                visitId,
                storeId,
                delivered,
                new RecordFields()
                        .text("privacy.field.comment", comment)
                        .text("privacy.field.overall", 3)
                        .toMap());
        return new OwnerFound(
                OwnerQuery.byMobile("13800138000"),
                List.of("privacy.field.mobile"),
                List.of(new OwnerVisit(summary, "测试店", SHANGHAI, List.of(visit, answer))));
    }
}
