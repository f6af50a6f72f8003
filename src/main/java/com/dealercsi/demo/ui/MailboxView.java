package com.dealercsi.demo.ui;

import com.dealercsi.demo.DemoMailCatcher;
import com.vaadin.flow.component.details.Details;
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
import java.util.Arrays;

/**
 * Every mail the demo app sent, newest first, as the recipient would see it. Registered only in the demo
 * profile (see DemoRoutes); open without login so an owner's link can be tried on a phone.
 */
@Menu(title = "nav.mailbox", order = 90)
@AnonymousAllowed
public class MailboxView extends Main implements HasDynamicTitle {

    public MailboxView(DemoMailCatcher mails) {
        addClassName("page");
        add(new H2(getTranslation("mailbox.title")), new Paragraph(getTranslation("mailbox.intro")));
        var messages = mails.newestFirst();
        if (messages.isEmpty()) {
            add(new Paragraph(getTranslation("mailbox.empty")));
        }
        messages.forEach(message -> add(entry(message)));
    }

    private Details entry(MimeMessage message) {
        try {
            var summary = new Span(String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString)
                    .toList()) + " — " + message.getSubject());
            var frame = new IFrame();
            frame.setSrcdoc(html(message));
            frame.setSandbox(IFrame.SandboxType.ALLOW_POPUPS, IFrame.SandboxType.ALLOW_TOP_NAVIGATION_BY_USER_ACTIVATION,
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
