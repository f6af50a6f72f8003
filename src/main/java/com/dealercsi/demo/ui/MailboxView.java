package com.dealercsi.demo.ui;

import com.dealercsi.admin.Stores;
import com.dealercsi.demo.DemoMailCatcher;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.invitation.WaitingInvitations;
import com.dealercsi.shared.ui.Formats;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Every mail the demo app sent, newest first, as the recipient would see it. Registered only in the demo
 * profile (see DemoRoutes); open without login so an owner's link can be tried on a phone.
 */
@Menu(title = "nav.mailbox", order = 90)
@AnonymousAllowed
public class MailboxView extends Main implements HasDynamicTitle {

    private final Stores stores;
    private final Clock clock;

    public MailboxView(DemoMailCatcher mails, Invitations invitations, Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
        addClassName("page");
        add(new H2(getTranslation("mailbox.title")), new Paragraph(getTranslation("mailbox.intro")));
        // an empty Mailbox with no word why (quiet hours, the delay after pick-up) looked like a broken demo
        var waiting = invitations.waiting();
        if (!waiting.isEmpty()) {
            var status = new Div();
            status.addClassName("mailbox-waiting");
            status.getElement().setAttribute("role", "status");
            waiting.forEach(group -> status.add(new Paragraph(sentence(group))));
            add(status);
        }
        var messages = mails.newestFirst();
        if (messages.isEmpty()) {
            add(new Paragraph(getTranslation("mailbox.empty")));
        }
        messages.forEach(message -> add(entry(message)));
    }

    /** E.g. "2 invitations from 星辰汽车 4S 店 are waiting until 08:00 (Asia/Shanghai time): …". */
    private String sentence(WaitingInvitations group) {
        var store = stores.get(group.storeId());
        var zone = store.timeZone();
        var quiet = group.policy().quietHours();
        var hours = DateTimeFormatter.ofPattern("HH:mm");
        var detail = switch (group.reason()) {
            case QUIET_HOURS -> new Object[] {hours.format(quiet.start()), hours.format(quiet.end())};
            case DELAY -> new Object[] {duration(group.policy().delay()), ""};
            case SENDING, EARLIER_RULES -> new Object[] {"", ""};
        };
        return getTranslation(
                "mailbox.waiting." + group.reason().name(),
                group.count(),
                store.name(),
                when(group),
                detail[0],
                detail[1],
                zone.getId());
    }

    /** In store time: today and tomorrow in words, later days with their date. */
    private String when(WaitingInvitations group) {
        var zone = stores.get(group.storeId()).timeZone();
        var until = group.until().atZone(zone);
        var days = ChronoUnit.DAYS.between(clock.instant().atZone(zone).toLocalDate(), until.toLocalDate());
        var time = DateTimeFormatter.ofPattern("HH:mm").format(until);
        return days == 0
                ? getTranslation("mailbox.today", time)
                : days == 1
                        ? getTranslation("mailbox.tomorrow", time)
                        : Formats.dateTime(group.until(), zone, getLocale());
    }

    private String duration(Duration delay) {
        return delay.toMinutesPart() == 0 && delay.toHours() > 0
                ? getTranslation("mailbox.hours", delay.toHours())
                : getTranslation("mailbox.minutes", delay.toMinutes());
    }

    private Details entry(MimeMessage message) {
        try {
            var summary =
                    new Span(String.join(
                                    ", ",
                                    Arrays.stream(message.getAllRecipients())
                                            .map(Object::toString)
                                            .toList()) + " — " + message.getSubject());
            var frame = new IFrame();
            frame.setSrcdoc(html(message));
            frame.setSandbox(
                    IFrame.SandboxType.ALLOW_POPUPS,
                    IFrame.SandboxType.ALLOW_TOP_NAVIGATION_BY_USER_ACTIVATION,
                    IFrame.SandboxType.ALLOW_POPUPS_TO_ESCAPE_SANDBOX);
            frame.setTitle(message.getSubject());
            frame.addClassName("mail-frame");
            var details = new Details(summary, frame);
            details.setWidthFull();
            return details;
        } catch (Exception e) {
            return new Details(new Span(getTranslation("mailbox.unreadable")));
        }
    }

    private static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var html = html(multipart.getBodyPart(i));
                if (!html.isEmpty()) {
                    return html;
                }
            }
        }
        return "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailbox.title") + " · " + getTranslation("app.name");
    }
}
