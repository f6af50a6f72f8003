package com.dealercsi.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.admin.StoreLogos;
import com.dealercsi.shared.Language;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.support.TestStores.TestStore;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A store's own wording reaches its owners' mails, the same as the back office previews it; no one else's. */
class InvitationMailTextsIT extends IntegrationTest {

    /** 11:00 in Shanghai, the test stores' zone. */
    static final Instant MORNING = Instant.parse("2026-11-27T03:00:00Z");

    @Autowired
    TestStores stores;

    @Autowired
    SignedIn signedIn;

    @Autowired
    InvitationMailTexts texts;

    @Autowired
    StoreLogos logos;

    @Autowired
    StoreAdministration administration;

    static final MailWording OWN_ENGLISH = new MailWording(
            "{store} would love your opinion, {owner}",
            "Hello {owner},",
            "your {model} ({plate}) is back on the road after its {service}.\n\nWe hope all is well.",
            "Warm wishes,\nLi Na, service manager");

    @Test
    void a_stores_own_subject_and_intro_arrive_in_the_real_mail_and_another_store_keeps_the_defaults() {
        var own = stores.create();
        var plain = stores.create();
        assertThat(signedIn.as(
                        own.managerEmail(),
                        () -> texts.save(own.store().id(), MailKind.INVITATION, Language.EN, OWN_ENGLISH)))
                .isEmpty();
        clock.set(MORNING);

        var ownMail = invite(own, "RO-T1", "en");
        var plainMail = invite(plain, "RO-T2", "en");

        assertThat(Mails.subject(ownMail)).isEqualTo(own.store().name() + " would love your opinion, 王先生");
        assertThat(Mails.text(ownMail))
                .contains(
                        "Hello 王先生,",
                        "your 途观L (",
                        "after its maintenance.",
                        "We hope all is well.",
                        "Warm wishes,",
                        "Li Na, service manager",
                        "Rate your visit")
                .doesNotContain("Dear 王先生");
        assertThat(Mails.html(ownMail)).contains("Hello 王先生,", "We hope all is well.", "Li Na, service manager");
        assertThat(Mails.subject(plainMail))
                .isEqualTo("How was your visit to " + plain.store().name() + "?");
        assertThat(Mails.text(plainMail))
                .contains(
                        "Dear 王先生,",
                        "thank you for choosing " + plain.store().name(),
                        "your after-sales team at " + plain.store().name());
    }

    @Test
    void the_wording_of_one_language_leaves_the_other_language_on_its_default() {
        var store = stores.create();
        signedIn.as(
                store.managerEmail(),
                () -> texts.save(store.store().id(), MailKind.INVITATION, Language.EN, OWN_ENGLISH));
        clock.set(MORNING);

        var chinese = invite(store, "RO-T3", "zh-CN");

        assertThat(Mails.subject(chinese)).isEqualTo("您在" + store.store().name() + "的服务体验如何？");
        assertThat(Mails.text(chinese)).contains("王先生，您好：", "祝您用车愉快！");
    }

    @Test
    void the_reminder_has_its_own_wording() {
        var store = stores.create();
        signedIn.as(
                store.managerEmail(),
                () -> texts.save(
                        store.store().id(),
                        MailKind.REMINDER,
                        Language.ZH_CN,
                        new MailWording("{车主}，{门店}再次邀请您", "尊敬的{车主}：", "您的{车型}保养已完成三天，期待您的评价。", "")));
        clock.set(MORNING);
        var email = "remind-" + store.code() + "@example.com";
        Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-T4-" + store.code(), email, store.advisorCode(), "zh-CN", MORNING),
                "en");
        var first = TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst();

        clock.set(MORNING.plus(Duration.ofDays(3)).plusSeconds(60));
        var reminder =
                TestMailServer.awaitMails(email, 2, Duration.ofSeconds(20)).get(1);

        assertThat(Mails.subject(first)).isEqualTo("您在" + store.store().name() + "的服务体验如何？");
        assertThat(Mails.subject(reminder)).isEqualTo("王先生，" + store.store().name() + "再次邀请您");
        assertThat(Mails.text(reminder))
                .contains("尊敬的王先生：", "您的途观L保养已完成三天，期待您的评价。", "一键退订")
                .doesNotContain("祝您用车愉快");
    }

    @Test
    void the_stores_logo_travels_inside_the_mail_and_its_name_and_phone_are_in_it() throws Exception {
        var withLogo = stores.create();
        var withoutLogo = stores.create();
        var png = png();
        TestStores.asAdmin(() -> {
            logos.upload(withLogo.store().id(), png);
            return null;
        });
        clock.set(MORNING);

        var mail = invite(withLogo, "RO-T5", "zh-CN");
        var bare = invite(withoutLogo, "RO-T6", "zh-CN");

        var logo = inlineParts(mail);
        assertThat(logo).hasSize(1);
        assertThat(logo.getFirst().getContentID()).isEqualTo("<store-logo>");
        assertThat(logo.getFirst().isMimeType("image/png")).isTrue();
        assertThat(logo.getFirst().getInputStream().readAllBytes()).isEqualTo(png);
        assertThat(Mails.html(mail))
                .contains("src=\"cid:store-logo\"", withLogo.store().name(), "021-5555-0000");
        assertThat(Mails.text(mail))
                .startsWith(withLogo.store().name() + " · 021-5555-0000")
                .contains("如有疑问，请致电" + withLogo.store().name() + "：021-5555-0000");
        assertThat(inlineParts(bare)).isEmpty();
        assertThat(Mails.html(bare))
                .doesNotContain("cid:")
                .contains(withoutLogo.store().name(), "021-5555-0000");
    }

    @Test
    void braces_are_only_for_placeholders_so_template_syntax_cannot_even_be_saved() {
        var store = stores.create();

        var problems = signedIn.as(
                store.managerEmail(),
                () -> texts.save(
                        store.store().id(),
                        MailKind.INVITATION,
                        Language.EN,
                        new MailWording("${7777*1111}", "[(${link})]", "__${T(java.lang.Runtime)}__", "#{app.name}")));

        assertThat(problems)
                .extracting(MailWording.Problem::field)
                .containsExactly("subject", "greeting", "intro", "closing");
        assertThat(signedIn.as(
                                store.managerEmail(),
                                () -> texts.of(store.store().id(), MailKind.INVITATION, Language.EN))
                        .custom())
                .isFalse();
    }

    @Test
    void what_staff_type_and_what_the_dms_sends_is_shown_as_text_and_never_run_as_template_code() {
        var store = stores.create();
        assertThat(signedIn.as(
                        store.managerEmail(),
                        () -> texts.save(
                                store.store().id(),
                                MailKind.INVITATION,
                                Language.EN,
                                new MailWording(
                                        "<i>Hi</i> {owner}",
                                        "Dear {owner} <script>alert(1)</script>",
                                        "Fish & chips are <b>bold</b> [[ $ ]] __ # ",
                                        ""))))
                .isEmpty();
        clock.set(MORNING);
        var email = "tricky-" + store.code() + "@example.com";
        var json = Api.visitJson("RO-T7-" + store.code(), email, store.advisorCode(), "en", MORNING)
                .replace("王先生", "Wang ${7777*1111} [(${link})] __${7777*1111}__");
        assertThat(Api.postVisit(baseUrl(), store.apiKey(), json, "en").status())
                .isEqualTo(201);

        var mail = TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst();

        assertThat(Mails.subject(mail)).isEqualTo("<i>Hi</i> Wang ${7777*1111} [(${link})] __${7777*1111}__");
        assertThat(Mails.html(mail))
                .contains(
                        "Dear Wang ${7777*1111} [(${link})] __${7777*1111}__ &lt;script&gt;alert(1)&lt;/script&gt;",
                        "Fish &amp; chips are &lt;b&gt;bold&lt;/b&gt; [[ $ ]] __ #")
                .doesNotContain("<script>", "<b>bold", "8640247");
        assertThat(Mails.text(mail))
                .contains("Dear Wang ${7777*1111} [(${link})] __${7777*1111}__ <script>")
                .doesNotContain("8640247");
    }

    @Test
    void the_preview_is_the_mail_an_owner_gets_with_sample_data() throws Exception {
        var store = stores.create();
        TestStores.asAdmin(() -> {
            logos.upload(store.store().id(), png());
            return null;
        });
        signedIn.as(
                store.managerEmail(),
                () -> texts.save(store.store().id(), MailKind.INVITATION, Language.EN, OWN_ENGLISH));
        clock.set(MORNING);
        var mail = invite(store, "RO-T8", "en");

        var preview = signedIn.as(
                store.managerEmail(),
                () -> texts.preview(store.store().id(), MailKind.INVITATION, Language.EN, OWN_ENGLISH));

        assertThat(preview.subject()).isEqualTo(store.store().name() + " would love your opinion, Mr Wang");
        assertThat(preview.html())
                .contains(
                        "Hello Mr Wang,",
                        "your Tiguan L (",
                        "We hope all is well.",
                        "/images/store-logos/" + store.store().id(),
                        "021-5555-0000");
        // the same template: with the sample facts swapped for the owner's, the mail's lines are all there
        var owners = comparable(Mails.text(mail));
        var previews = comparable(preview.text()
                .replace("Mr Wang", "王先生")
                .replace("Tiguan L", "途观L")
                .replace("沪A·12345", "沪A88888"));
        assertThat(owners).hasSizeGreaterThan(8);
        assertThat(previews).containsExactlyElementsOf(owners);
    }

    @Test
    void a_test_mail_goes_to_the_signed_in_manager_marked_as_a_test() throws Exception {
        var store = stores.create();
        TestStores.asAdmin(() -> {
            logos.upload(store.store().id(), png());
            return null;
        });

        var to = signedIn.as(
                store.managerEmail(),
                () -> texts.sendTest(
                        store.store().id(),
                        MailKind.REMINDER,
                        Language.ZH_CN,
                        texts.defaults(MailKind.REMINDER, Language.ZH_CN)));

        assertThat(to).isEqualToIgnoringCase(store.managerEmail());
        var mail = TestMailServer.awaitMails(store.managerEmail(), 1, Duration.ofSeconds(10))
                .getFirst();
        assertThat(Mails.subject(mail)).isEqualTo("【测试】 " + store.store().name() + "温馨提醒：您对本次服务满意吗？");
        assertThat(Mails.text(mail)).contains("王先生，您好：", "这是我们唯一的一次提醒");
        assertThat(inlineParts(mail)).hasSize(1);
    }

    @Test
    void wording_with_problems_is_not_saved_and_a_reset_brings_the_default_back() {
        var store = stores.create();
        var id = store.store().id();
        var manager = store.managerEmail();

        var problems = signedIn.as(
                manager,
                () -> texts.save(id, MailKind.INVITATION, Language.ZH_CN, new MailWording("", "{客户}您好", "感谢", "")));

        assertThat(problems).extracting(MailWording.Problem::field).containsExactly("subject", "greeting");
        assertThat(signedIn.as(manager, () -> texts.of(id, MailKind.INVITATION, Language.ZH_CN))
                        .custom())
                .isFalse();
        signedIn.as(
                manager,
                () -> texts.save(id, MailKind.INVITATION, Language.ZH_CN, new MailWording("本店邀请", "{车主}您好", "感谢", "")));
        var saved = signedIn.as(manager, () -> texts.of(id, MailKind.INVITATION, Language.ZH_CN));
        assertThat(saved.custom()).isTrue();
        assertThat(saved.wording().subject()).isEqualTo("本店邀请");
        assertThat(saved.savedBy()).isEqualTo("经理 " + store.code());

        signedIn.run(manager, () -> texts.reset(id, MailKind.INVITATION, Language.ZH_CN));

        var reset = signedIn.as(manager, () -> texts.of(id, MailKind.INVITATION, Language.ZH_CN));
        assertThat(reset.custom()).isFalse();
        assertThat(reset.wording().subject()).isEqualTo("您在{门店}的服务体验如何？");
    }

    @Test
    void only_administrators_and_the_stores_own_managers_see_or_change_its_mail_texts() {
        var store = stores.create();
        var other = stores.create();
        var id = store.store().id();
        var wording = new MailWording("s", "g", "i", "");

        assertThatThrownBy(() -> signedIn.as(
                        other.managerEmail(), () -> texts.save(id, MailKind.INVITATION, Language.EN, wording)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(
                        other.managerEmail(), () -> texts.preview(id, MailKind.INVITATION, Language.EN, wording)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> signedIn.as(store.csManagerEmail(), () -> texts.of(id, MailKind.INVITATION, Language.EN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("advisor-" + store.code() + "@test.local", () -> texts.editableStores()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(other.managerEmail(), () -> texts.editableStores()))
                .extracting(s -> s.id())
                .containsExactly(other.store().id());
        var admin = "admin-" + store.code() + "@test.local";
        TestStores.asAdmin(() -> administration.addStaff(
                "Admin " + store.code(), admin, "secret", Language.EN, null, Set.of(Role.ADMIN), Set.of()));
        assertThat(signedIn.as(admin, () -> texts.save(id, MailKind.INVITATION, Language.EN, wording)))
                .isEmpty();
        assertThat(signedIn.as(admin, () -> texts.editableStores()))
                .extracting(s -> s.id())
                .contains(id, other.store().id());
    }

    /** The lines of a mail's text without its links and dates, which differ between owners. */
    private static List<String> comparable(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .filter(line -> !line.contains("http") && !line.matches(".*\\b20\\d\\d\\b.*"))
                .toList();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private MimeMessage invite(TestStore store, String ro, String language) {
        var email = ro.toLowerCase() + "-" + store.code() + "@example.com";
        var response = Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson(ro + "-" + store.code(), email, store.advisorCode(), language, MORNING),
                "en");
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst();
    }

    private static List<MimeBodyPart> inlineParts(Part part) throws Exception {
        var found = new ArrayList<MimeBodyPart>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var child = (MimeBodyPart) multipart.getBodyPart(i);
                if (child.getContentID() != null) {
                    found.add(child);
                }
                found.addAll(inlineParts(child));
            }
        }
        return found;
    }

    private static byte[] png() throws Exception {
        var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x0b5cad);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
