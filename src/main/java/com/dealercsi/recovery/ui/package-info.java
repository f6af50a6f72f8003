/** Case list and case page, revisit desk, questionnaire by phone, due times and the follow-up survey. */
@NullMarked
package com.dealercsi.recovery.ui;

import org.jspecify.annotations.NullMarked;
