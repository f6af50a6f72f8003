/** Answers, drafts and questionnaire versions as stored. */
@NullMarked
package com.dealercsi.survey.internal;

import org.jspecify.annotations.NullMarked;
