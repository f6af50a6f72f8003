package com.dealercsi.invitation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The real mail as the owner would get it, in a frame that may run nothing and open nothing. */
final class MailPreview extends Div {

    private final Span subject = new Span();
    private final IFrame frame = new IFrame();

    MailPreview() {
        addClassName("mail-texts-preview");
        subject.addClassName("mail-texts-preview-subject");
        subject.setId("mail-texts-preview-subject");
        // no scripts, no forms, no navigation, no same origin: the frame can only show the mail
        frame.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        frame.setAriaLabel(getTranslation("invitation.texts.previewFrame"));
        frame.addClassName("mail-texts-frame");
        frame.setId("mail-texts-preview");
        var note = new Paragraph(getTranslation("invitation.texts.previewNote"));
        note.addClassName("mail-texts-note");
        add(new H3(getTranslation("invitation.texts.preview")), subject, frame, note);
    }

    void show(String mailSubject, String html) {
        subject.setText(getTranslation("invitation.texts.previewSubject", mailSubject));
        frame.setSrcdoc(html);
    }
}
