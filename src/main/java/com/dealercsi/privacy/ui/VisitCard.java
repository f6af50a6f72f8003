package com.dealercsi.privacy.ui;

import com.dealercsi.privacy.OwnerVisit;
import com.dealercsi.privacy.internal.RecordText;
import com.dealercsi.shared.ui.Formats;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One visit and everything held about it, record by record. Every value is set as text, never as HTML: what
 * an owner, a DMS or staff typed stays inert.
 */
class VisitCard extends Article {

    VisitCard(OwnerVisit visit, RecordText text) {
        addClassName("owner-visit");
        var title = new H3(getTranslation("privacy.visit.title", visit.visit().roNumber(), visit.storeName()));
        var delivered = new Paragraph(getTranslation(
                "privacy.visit.delivered", Formats.dateTime(visit.visit().deliveredAt(), visit.zone(), getLocale())));
        delivered.addClassName("note");
        add(title, delivered);
        for (var record : visit.records()) {
            var list = new DescriptionList();
            record.fields()
                    .forEach((key, value) -> list.add(
                            new DescriptionList.Term(text.words(key)),
                            new DescriptionList.Description(text.value(value, visit.zone()))));
            var block = new Div(new H4(text.words(record.kind())), list);
            block.addClassName("owner-record");
            add(block);
        }
    }
}
