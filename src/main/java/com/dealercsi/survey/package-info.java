/** The owner's questionnaire on a phone: versioned questions, one answer per link. */
@NullMarked
package com.dealercsi.survey;

import org.jspecify.annotations.NullMarked;
