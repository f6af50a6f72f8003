package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.MadeRight;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.jspecify.annotations.Nullable;

/** "Did we make it right?" as three tiles a thumb can hit: yes, partly, no. */
class MadeRightChoice extends RadioButtonGroup<MadeRight> {

    MadeRightChoice(@Nullable MadeRight chosen) {
        super();
        setLabel(getTranslation("recovery.followUp.madeRight"));
        setId("follow-up-made-right");
        setItems(MadeRight.values());
        setItemLabelGenerator(value -> getTranslation("recovery.followUp.madeRight." + value.name()));
        addClassNames("choice-tiles", "follow-up-choices");
        setRequiredIndicatorVisible(true);
        setValue(chosen);
    }
}
