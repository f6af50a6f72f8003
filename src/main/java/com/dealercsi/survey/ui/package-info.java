/**
 * The owner's survey pages and the questionnaire administration. Exposed so the application shell can load
 * the survey's components with the first bundle.
 */
@NullMarked
@NamedInterface("ui")
package com.dealercsi.survey.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
